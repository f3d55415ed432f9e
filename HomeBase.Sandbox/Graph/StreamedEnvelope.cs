using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Graph;

/// <summary>
/// Graph's list envelope (<c>@odata.context</c>, next and delta links, <c>value</c>) written into the response as
/// its items are made, some kilobytes at a time, instead of as one string of the whole page: a page of a
/// thousand sign-ins is megabytes.
/// </summary>
internal sealed class StreamedEnvelope<T>(string context, string? nextLink, string? deltaLink, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    : IResult
{
    private const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";
    private const int ChunkBytes = 32 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = ContentType;
        var body = httpContext.Response.Body;
        var aborted = httpContext.RequestAborted;
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        await using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteString("@odata.context", context);
        if (nextLink is not null) writer.WriteString("@odata.nextLink", nextLink);
        if (deltaLink is not null) writer.WriteString("@odata.deltaLink", deltaLink);
        writer.WriteStartArray("value");
        foreach (var item in items)
        {
            write(writer, item);
            if (buffer.WrittenCount + writer.BytesPending < ChunkBytes) continue;
            writer.Flush();
            await body.WriteAsync(buffer.WrittenMemory, aborted);
            buffer.ResetWrittenCount();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await body.WriteAsync(buffer.WrittenMemory, aborted);
    }
}
