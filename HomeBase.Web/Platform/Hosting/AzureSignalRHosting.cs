using Microsoft.Azure.SignalR;

namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// Blazor circuits through Azure SignalR Service, for deployments that use it: set <c>Azure:SignalR:ConnectionString</c>
/// (the SDK's own key; <c>Azure__SignalR__ConnectionString</c> as an environment variable) and the browsers' WebSockets
/// end at the service instead of at an app instance, so the load balancer needs no WebSocket affinity. Unset, circuits
/// stay on the instances themselves (sticky sessions, see the README).
/// </summary>
public static class AzureSignalRHosting
{
    public const string ConnectionStringKey = "Azure:SignalR:ConnectionString";

    public static WebApplicationBuilder AddAzureSignalRWhenConfigured(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString)) return builder;
        builder.Services.AddSignalR().AddAzureSignalR(options =>
        {
            options.ConnectionString = connectionString;
            // A circuit lives on the app instance that negotiated it: the service must bring every later
            // message of that client back to the same instance, as Microsoft's Blazor guidance requires.
            options.ServerStickyMode = ServerStickyMode.Required;
        });
        return builder;
    }
}
