using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Notes every request the app answered with 500 (or let an exception escape), before any other middleware: no request
/// in the suite may answer 500, and <see cref="HomeBaseApp"/> fails the test that made one when it is disposed.
/// </summary>
public sealed class ServerErrorRecorder : IStartupFilter
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            catch (Exception e) when (Record(context, e))
            {
                throw;
            }
            if (context.Response.StatusCode == StatusCodes.Status500InternalServerError) Record(context, null);
        });
        next(app);
    };

    private bool Record(HttpContext context, Exception? exception)
    {
        // A client that went away is not a server error.
        if (exception is OperationCanceledException || context.RequestAborted.IsCancellationRequested) return false;
        Errors.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} answered 500"
            + (exception is null ? "" : $": {exception.GetType().Name}: {exception.Message}"));
        return false;
    }
}
