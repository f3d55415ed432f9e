using System.Text.Json.Nodes;
using HomeBase.Core.Clouds;
using HomeBase.Core.Streams;

namespace HomeBase.Core.Azure;

/// <summary>A token request's outcome: the roles it carries, or Entra's error (AADSTS code, trace id).</summary>
public sealed record TokenOutcome(bool Succeeded, IReadOnlyList<string> Roles, int? Aadsts, string? Error, string? Message, string? TraceId)
{
    public static TokenOutcome Success(IReadOnlyList<string> roles) => new(true, roles, null, null, null, null);
}

/// <summary>An API response reduced to what verification and health need: status, Microsoft's error code and request id.</summary>
public sealed record ApiResponse(int Status, string? ErrorCode, string? ErrorMessage, string? RequestId, JsonNode? Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Entra's AADSTS code when the call never left because the token for it was refused; null otherwise.</summary>
    public int? Aadsts { get; init; }

    /// <summary>
    /// A successful body read by <see cref="IAzureTenantClient.GetDocumentAsync"/>: parsed over pooled memory rather
    /// than into a tree (<see cref="Body"/> is then null); whoever receives it disposes it.
    /// </summary>
    public System.Text.Json.JsonDocument? Document { get; init; }
}

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

public interface IAzureTenantClientFactory
{
    IAzureTenantClient Create(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret);
}
