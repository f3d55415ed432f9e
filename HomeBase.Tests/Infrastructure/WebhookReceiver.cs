using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeBase.Tests.Infrastructure;

/// <summary>A customer's webhook endpoint on a loopback port: records every POST and answers with the status queued for it.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string? Reason)> answers = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var web = builder.Build();
        var receiver = new WebhookReceiver(web);
        web.MapPost("/hooks", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            receiver.Received.Enqueue((await reader.ReadToEndAsync(), context.Request.Headers["HomeBase-Signature"].ToString()));
            var (status, reason) = receiver.answers.TryDequeue(out var answer) ? answer : (200, null);
            context.Response.StatusCode = status;
            if (reason is not null) context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = reason;
        });
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = $"{address}/hooks";
        return receiver;
    }

    /// <summary>The next POSTs are answered with these statuses, in order; after them, 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) answers.Enqueue((status, null));
    }

    /// <summary>The next POST is answered with this status and reason phrase (a receiver may send any text there).</summary>
    public void AnswerNextWithReason(int status, string reason) => answers.Enqueue((status, reason));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
