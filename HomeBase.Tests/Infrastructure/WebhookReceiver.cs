using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HomeBase.Tests.Infrastructure;

/// <summary>A customer's webhook endpoint on a loopback port: records every POST and answers with the status queued for it.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? Reason, long BodyBytes)> answers = new();
    private readonly TaskCompletionSource<long> bodyWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication app = null!;

    public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        (receiver.app, var address) = await LoopbackServer.StartAsync(web => web.MapPost("/hooks", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            receiver.Received.Enqueue((await reader.ReadToEndAsync(), context.Request.Headers["HomeBase-Signature"].ToString()));
            var (status, reason, bodyBytes) = receiver.answers.TryDequeue(out var answer) ? answer : (200, null, 0);
            context.Response.StatusCode = status;
            if (reason is not null) context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = reason;
            if (bodyBytes > 0) receiver.bodyWritten.TrySetResult(await WriteBodyAsync(context, bodyBytes));
        }));
        receiver.Url = $"{address}/hooks";
        return receiver;
    }

    /// <summary>The next POSTs are answered with these statuses, in order; after them, 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) answers.Enqueue((status, null, 0));
    }

    /// <summary>The next POST is answered with this status and reason phrase (a receiver may send any text there).</summary>
    public void AnswerNextWithReason(int status, string reason) => answers.Enqueue((status, reason, 0));

    /// <summary>The next POST is answered with this status and a body of this many bytes, written until the sender hangs up.</summary>
    public void AnswerNextWithBody(int status, long bytes) => answers.Enqueue((status, null, bytes));

    /// <summary>How much of the body queued by <see cref="AnswerNextWithBody"/> was written before the sender hung up (or all of it).</summary>
    public Task<long> BodyWrittenAsync() => bodyWritten.Task.WaitAsync(TimeSpan.FromSeconds(60));

    private static async Task<long> WriteBodyAsync(HttpContext context, long bytes)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        var written = 0L;
        try
        {
            while (written < bytes && !context.RequestAborted.IsCancellationRequested)
            {
                var size = (int)Math.Min(chunk.Length, bytes - written);
                // On a connection the sender has closed Kestrel completes writes at once without throwing, and signals
                // RequestAborted from the thread pool: yielding lets that signal arrive before the loop writes on.
                var flushed = await context.Response.BodyWriter.WriteAsync(chunk.AsMemory(0, size), context.RequestAborted);
                if (flushed.IsCompleted || flushed.IsCanceled) break;
                written += size;
                await Task.Yield();
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ConnectionResetException)
        {
            // The sender stopped reading and closed the connection: what it took is what was written.
        }
        return written;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
