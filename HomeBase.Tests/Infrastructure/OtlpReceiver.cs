using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// An OpenTelemetry collector on a loopback port, as small as a test needs: it accepts OTLP over HTTP
/// (<c>/v1/metrics</c>, <c>/v1/traces</c>, <c>/v1/logs</c>) and keeps each export's body. Protobuf stores names
/// and string values as UTF-8 as they are, so a test can look for a metric's or a span's name in them.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private WebApplication app = null!;

    /// <summary>Every export received: its signal (<c>metrics</c>, <c>traces</c>, <c>logs</c>) and its body.</summary>
    public ConcurrentQueue<(string Signal, byte[] Body)> Exports { get; } = new();

    public string Endpoint { get; private set; } = "";

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        (receiver.app, receiver.Endpoint) = await LoopbackServer.StartAsync(web => web.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver.Exports.Enqueue((signal, body.ToArray()));
            // An empty ExportServiceResponse: everything accepted.
            context.Response.ContentType = "application/x-protobuf";
        }));
        return receiver;
    }

    /// <summary>Whether an export of <paramref name="signal"/> has carried <paramref name="text"/> (a name or a value).</summary>
    public bool Carried(string signal, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Signal == signal && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>Waits until every one of <paramref name="texts"/> has been carried by an export of <paramref name="signal"/>.</summary>
    public async Task WaitForAsync(string signal, IReadOnlyList<string> texts, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!texts.All(t => Carried(signal, t)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {signal} export carried {string.Join(", ", texts.Where(t => !Carried(signal, t)))} within {timeout.TotalSeconds:0} s " +
                    $"({Exports.Count(e => e.Signal == signal)} {signal} exports received).");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
