using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// The subscriptions an ARM stream reads: those the app can see, narrowed to the integration's list when it has one,
/// without the Disabled and Deleted ones (their data is gone or frozen; reading them only fails).
/// </summary>
public sealed class SubscriptionLister(PageFetcher fetcher)
{
    public async Task<IReadOnlyList<string>> ListAsync(IAzureTenantClient client, IntegrationConfig config, CancellationToken cancellationToken)
    {
        var subscriptions = new List<string>();
        var inactive = 0;
        string? url = "subscriptions?api-version=2022-12-01";
        while (url is not null)
        {
            var page = await fetcher.GetPageAsync(client, AzureApi.ResourceManager, url, cancellationToken);
            foreach (var item in page.Items())
            {
                if (item.Str("subscriptionId") is not { } id) continue;
                if (config.SubscriptionIds.Count > 0 && !config.SubscriptionIds.Contains(id, StringComparer.OrdinalIgnoreCase)) continue;
                if (SubscriptionInfo.IsInactive(item.Str("state"))) inactive++;
                else subscriptions.Add(id);
            }
            url = page.NextLink();
        }
        if (subscriptions.Count == 0 && inactive > 0)
        {
            throw new StreamReadException(ReadFailureKind.Blocked, 403, "no_active_subscription",
                "Every subscription the app can read is disabled or deleted: there is nothing to read until one is enabled.", null);
        }
        if (subscriptions.Count == 0)
        {
            throw new StreamReadException(ReadFailureKind.Blocked, 403, "no_subscription_access",
                "The app holds no Azure role on any subscription it should read: assign Reader (Activity Log) or Security Reader (Defender for Cloud).", null);
        }
        return subscriptions;
    }
}
