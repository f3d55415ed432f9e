using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Reads one page of a Microsoft list API, riding out what is transient: 429 waits for Retry-After (or backs off
/// exponentially with jitter where Microsoft sends none, as Identity Protection does), 5xx and unreachable hosts
/// back off, and a damaged page is asked for again. What is left becomes a <see cref="StreamReadException"/>.
/// </summary>
public sealed class PageFetcher(
    IOptions<IngestionOptions> options, TimeProvider time, [FromKeyedServices(PageFetcher.WaitClock)] TimeProvider waitClock, RequestBudgets budgets,
    HomeBaseMetrics metrics)
{
    /// <summary>
    /// The clock retry waits run on: the app's own clock, unless a host replaces it (tests freeze the data's
    /// clock yet must still sit out a real Retry-After).
    /// </summary>
    public const string WaitClock = "ingestion-waits";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    public async Task<JsonObject> GetPageAsync(IAzureTenantClient client, AzureApi api, string url, CancellationToken cancellationToken)
    {
        var response = await FetchAsync(client, api, url, static (c, a, u, t) => c.GetAsync(a, u, t),
            static r => r.Body is JsonObject page && page["value"] is JsonArray, cancellationToken);
        return (JsonObject)response.Body!;
    }

    /// <summary>Every page of a list that is read whole (no cursor to resume from), following its next links.</summary>
    public async IAsyncEnumerable<JsonObject> GetAllPagesAsync(IAzureTenantClient client, AzureApi api, string url,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (string? next = url; next is not null;)
        {
            var page = await GetPageAsync(client, api, next, cancellationToken);
            yield return page;
            next = page.NextLink();
        }
    }

    /// <summary>
    /// One entity (not a list), or null when Microsoft answers 404: a lookup of something Microsoft has no record of is an
    /// answer, not a failure of the run. Transient failures are ridden out as for pages.
    /// </summary>
    public async Task<JsonObject?> GetEntityOrNullAsync(IAzureTenantClient client, AzureApi api, string url, CancellationToken cancellationToken)
    {
        try
        {
            var response = await FetchAsync(client, api, url, static (c, a, u, t) => c.GetAsync(a, u, t), static r => r.Body is JsonObject, cancellationToken);
            return (JsonObject)response.Body!;
        }
        catch (StreamReadException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// A page as a <see cref="JsonDocument"/> over pooled memory, for the large event lists: no string of the
    /// page and no tree of its items. The caller disposes it.
    /// </summary>
    public async Task<JsonDocument> GetDocumentAsync(IAzureTenantClient client, AzureApi api, string url, CancellationToken cancellationToken)
    {
        var response = await FetchAsync(client, api, url, static (c, a, u, t) => c.GetDocumentAsync(a, u, t),
            static r => r.Document?.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array,
            cancellationToken);
        return response.Document!;
    }

    private async Task<ApiResponse> FetchAsync(IAzureTenantClient client, AzureApi api, string url,
        Func<IAzureTenantClient, AzureApi, string, CancellationToken, Task<ApiResponse>> get, Func<ApiResponse, bool> isPage, CancellationToken cancellationToken)
    {
        EnsureSameService(client, api, url);
        var settings = options.Value;
        using var span = HomeBaseTracing.Source.StartActivity("azure.page");
        span?.SetTag("homebase.api", HomeBaseMetrics.ApiLabel(api));
        for (var attempt = 1; ; attempt++)
        {
            ApiResponse response;
            using (await budgets.WaitAsync(client, api, url, cancellationToken))
            {
                response = await get(client, api, url, cancellationToken);
            }
            // The last id Microsoft gave (a success may come without one after a refusal that had one).
            if (response.RequestId is { } requestId) span?.SetTag(HomeBaseTracing.RequestIdTag, requestId);
            span?.SetTag("http.response.status_code", response.Status).SetTag("homebase.attempts", attempt);
            if (response.IsSuccess && isPage(response)) return response;
            response.Document?.Dispose();
            var transient = response.IsSuccess || response.Status is 429 or >= 500 || (response.Status is 0 && response.ErrorCode != ApiResponse.TooLarge);
            if (!transient) throw Failure(response);
            // A Retry-After longer than a run should sit out ends the run as throttled; so does the last attempt.
            var giveUp = response.RetryAfter > TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds) || attempt >= settings.MaxAttempts;
            TimeSpan? wait = giveUp ? null : response.RetryAfter ?? Backoff(attempt, settings.RetryBaseDelayMs);
            if (response.Status == 429) metrics.Throttled(api, client.Cloud.Name, wait);
            if (giveUp) throw Failure(response);
            await Task.Delay(wait!.Value, waitClock, cancellationToken);
        }
    }

    /// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, so retries from many workers spread out.</summary>
    internal static TimeSpan Backoff(int attempt, int baseDelayMs)
    {
        var step = Math.Min(baseDelayMs * Math.Pow(2, attempt - 1), MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
    }

    private StreamReadException Failure(ApiResponse response)
    {
        if (response.IsSuccess)
        {
            return new StreamReadException(ReadFailureKind.Failed, response.Status, "malformed_page",
                "Microsoft answered with a page that is not valid JSON or has no value list, again after retries.", response.RequestId);
        }
        var message = response.ErrorMessage ?? $"HTTP {response.Status}";
        return response.Status switch
        {
            429 => new StreamReadException(ReadFailureKind.Throttled, 429, response.ErrorCode, message, response.RequestId,
                time.GetUtcNow().UtcDateTime + (response.RetryAfter ?? TimeSpan.FromMinutes(1))),
            403 => new StreamReadException(ReadFailureKind.Blocked, 403, response.ErrorCode, message, response.RequestId),
            // Entra refused the credentials themselves (expired or deleted secret): nothing collects until they are fixed.
            401 when response.ErrorCode is not "InvalidAuthenticationToken" =>
                new StreamReadException(ReadFailureKind.Blocked, 401, response.ErrorCode, message, response.RequestId, aadsts: response.Aadsts),
            _ => new StreamReadException(ReadFailureKind.Failed, response.Status, response.ErrorCode, message, response.RequestId),
        };
    }

    /// <summary>Next links come from the response: never send the tenant's token to a host other than the API's own.</summary>
    private static void EnsureSameService(IAzureTenantClient client, AzureApi api, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var absolute)) return;
        IReadOnlyList<string> expected = api switch
        {
            AzureApi.Graph => [client.Cloud.GraphEndpoint.GetLeftPart(UriPartial.Authority)],
            AzureApi.Defender => client.Cloud.DefenderAuthorities,
            _ => [client.Cloud.ResourceManagerEndpoint.GetLeftPart(UriPartial.Authority)],
        };
        if (!expected.Contains(absolute.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase))
        {
            throw new StreamReadException(ReadFailureKind.Failed, 0, "foreign_next_link",
                $"A next link pointed at {absolute.GetLeftPart(UriPartial.Authority)}, not at the {api} API of this cloud; it was not followed.", null);
        }
    }
}
