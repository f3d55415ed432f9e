using HomeBase.Core.Platform.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    /// <summary>Webhook endpoints, the outbox that events are recorded in, and the dispatcher that delivers them.</summary>
    public static IServiceCollection AddWebhooksServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(o => o.MaxConcurrentEndpoints is >= 1 and <= 64, "Webhooks:MaxConcurrentEndpoints must be 1 to 64.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Webhooks:RequestTimeout and Webhooks:PollInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookEndpointService>();
        services.AddSingleton<TenantWebhooks>();
        // Redirects are not followed (an endpoint that moved must be updated) and internal addresses are refused (SSRF).
        services.AddHttpClient(WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookNetworkGuard.Handler(sp.GetRequiredService<IOptions<WebhookOptions>>().Value));
        services.AddSingleton<WebhookDispatcher>();
        services.AddWorkerService<WebhookDispatcher>();
        return services;
    }
}
