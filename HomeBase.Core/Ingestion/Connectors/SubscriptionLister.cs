using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>The subscriptions an ARM stream reads: those the app can see, narrowed to the integration's list when it has one.</summary>
public sealed class SubscriptionLister(PageFetcher fetcher)
{
    public async Task<IReadOnlyList<string>> ListAsync(IAzureTenantClient client, IntegrationConfig config, CancellationToken cancellationToken)
    {
        var subscriptions = new List<string>();
        string? url = "subscriptions?api-version=2022-12-01";
        while (url is not null)
        {
            var page = await fetcher.GetPageAsync(client, AzureApi.ResourceManager, url, cancellationToken);
            subscriptions.AddRange(page.Items().Select(s => s.Str("subscriptionId")).OfType<string>()
                .Where(id => config.SubscriptionIds.Count == 0 || config.SubscriptionIds.Contains(id, StringComparer.OrdinalIgnoreCase)));
            url = page.NextLink();
        }
        if (subscriptions.Count == 0)
        {
            throw new StreamReadException(ReadFailureKind.Blocked, 403, "no_subscription_access",
                "The app holds no Azure role on any subscription it should read: assign Reader (Activity Log) or Security Reader (Defender for Cloud).", null);
        }
        return subscriptions;
    }
}
