using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Platform.Azure;

/// <summary>
/// Talks to one customer tenant through one app registration in one cloud. The only door from Core to
/// Microsoft's APIs besides the SDK clients: everything returns HomeBase records.
/// </summary>
public interface IAzureTenantClient : IDisposable
{
    AzureCloud Cloud { get; }

    /// <summary>The customer tenant and app this client speaks for: Microsoft's request limits count per app per tenant.</summary>
    string BudgetKey { get; }

    /// <summary>Gets (and caches) a token for <paramref name="api"/>; never throws for Entra's refusals.</summary>
    Task<TokenOutcome> AcquireTokenAsync(AzureApi api, CancellationToken cancellationToken);

    /// <summary>GETs a path relative to the API's base (Graph v1.0, the Defender API, ARM) with a token for it.</summary>
    Task<ApiResponse> GetAsync(AzureApi api, string relativeUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="GetAsync"/>, but a successful body comes back as <see cref="ApiResponse.Document"/>: the large
    /// event pages are read straight from the connection into pooled memory, never into a string and a tree.
    /// </summary>
    async Task<ApiResponse> GetDocumentAsync(AzureApi api, string relativeUrl, CancellationToken cancellationToken)
    {
        var response = await GetAsync(api, relativeUrl, cancellationToken);
        return response.IsSuccess && response.Body is { } body
            ? response with { Body = null, Document = System.Text.Json.JsonSerializer.SerializeToDocument(body) }
            : response;
    }
}
