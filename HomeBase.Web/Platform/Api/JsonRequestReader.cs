using System.Text.Json;
using HomeBase.Core.Platform.Common;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Platform.Api;

/// <summary>Reads a JSON request body into a request type, or says precisely what is wrong with it.</summary>
public sealed class JsonRequestReader(IOptions<ApiOptions> options)
{
    public async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new Failure("unsupported_media_type", 415, "Unsupported media type",
                "Send the body as JSON with the header Content-Type: application/json.");
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit) return TooLarge(limit);

        var body = await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null) return TooLarge(limit);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return new Failure("malformed_json", 400, "Malformed JSON", $"The request body is not valid JSON{where}.");
        }

        using (document)
        {
            var shapeErrors = JsonShapeChecker.Check(document.RootElement, typeof(T), ApiJson.Options);
            if (shapeErrors.Count > 0) return Failure.Validation(shapeErrors);
            try
            {
                return document.RootElement.Deserialize<T>(ApiJson.Options)!;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                // The shape check passed but a value still cannot be read (an unpaired surrogate, say).
                return new Failure("malformed_json", 400, "Malformed JSON", "A value in the request body cannot be read: " + e.Message);
            }
        }
    }

    private static Failure TooLarge(int limit) =>
        new("payload_too_large", 413, "Request body too large", $"The request body may be at most {limit} bytes.");

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
