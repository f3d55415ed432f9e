using System.Collections.Concurrent;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Stays inside Microsoft's documented limits before asking, instead of learning them from 429s (docs/microsoft-apis.md §0):
/// reports (<c>/auditLogs</c>) 5 requests per 10 s, Identity Protection and Conditional Access 1 per second (they send
/// no Retry-After), <c>/security</c> 150 per minute, the Defender for Endpoint API 100 per minute, each per app per
/// tenant. Requests wait their turn in order; other families are not held back.
/// </summary>
public sealed class RequestBudgets(IOptions<IngestionOptions> options, [FromKeyedServices(PageFetcher.WaitClock)] TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RequestWindow> windows = new();

    /// <summary>The limited family a request belongs to, with its permits per window; null when Microsoft sets no tight limit.</summary>
    public static (string Family, int Permits, TimeSpan Window)? FamilyOf(AzureApi api, string url)
    {
        if (api == AzureApi.Defender) return ("defender", 100, TimeSpan.FromMinutes(1));
        if (api != AzureApi.Graph) return null;
        // A run's first request is relative to the API's base ("auditLogs/signIns?…"), its next links absolute.
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : "/" + url.TrimStart('/');
        if (path.Contains("/auditLogs/", StringComparison.OrdinalIgnoreCase)) return ("reports", 5, TimeSpan.FromSeconds(10));
        if (path.Contains("/identityProtection/", StringComparison.OrdinalIgnoreCase) || path.Contains("/identity/conditionalAccess/", StringComparison.OrdinalIgnoreCase))
        {
            return ("identity_protection", 1, TimeSpan.FromSeconds(1));
        }
        if (path.Contains("/security/", StringComparison.OrdinalIgnoreCase)) return ("security", 150, TimeSpan.FromMinutes(1));
        return null;
    }

    /// <summary>
    /// Waits until the request fits its family's budget for this app and tenant. Dispose the result once the
    /// response has arrived: the request counts against the window from then on.
    /// </summary>
    public async Task<IDisposable> WaitAsync(IAzureTenantClient client, AzureApi api, string url, CancellationToken cancellationToken)
    {
        if (!options.Value.RequestBudgets || FamilyOf(api, url) is not { } family) return RequestWindow.NoSlot;
        var window = windows.GetOrAdd($"{client.BudgetKey}/{family.Family}", _ => new RequestWindow(family.Permits, family.Window, time));
        return await window.AcquireAsync(cancellationToken);
    }
}
