using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Platform.Azure;

/// <summary>Azure.Identity for tokens (authority from the catalog, instance discovery off) and plain HTTP for the APIs.</summary>
internal sealed class AzureTenantClient : IAzureTenantClient
{
    private readonly HttpClient http;
    private readonly ResponseLimits limits;
    private readonly ClientSecretCredential credential;
    // MSAL refreshes a token within five minutes of its expiry; asking again then gets the new one.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<AzureApi, Task<(TokenOutcome Outcome, string? Token, DateTimeOffset? ExpiresOn)>> tokens = new();

    public AzureTenantClient(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret, HttpClient http, ResponseLimits? limits = null)
    {
        BudgetKey = $"{cloud.Name}/{azureTenantId}/{clientId}";
        Cloud = cloud;
        this.http = http;
        this.limits = limits ?? ResponseLimits.Default;
        credential = new ClientSecretCredential(azureTenantId, clientId, clientSecret, new ClientSecretCredentialOptions
        {
            AuthorityHost = cloud.AuthorityHost,
            DisableInstanceDiscovery = true,
            Transport = new HttpClientTransport(http),
            Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(200) },
        });
    }

    public AzureCloud Cloud { get; }

    public string BudgetKey { get; private init; } = "";

    public async Task<TokenOutcome> AcquireTokenAsync(AzureApi api, CancellationToken cancellationToken) =>
        (await TokenAsync(api, cancellationToken)).Outcome;

    public Task<ApiResponse> GetAsync(AzureApi api, string relativeUrl, CancellationToken cancellationToken) =>
        SendAsync(api, relativeUrl, asDocument: false, cancellationToken);

    public Task<ApiResponse> GetDocumentAsync(AzureApi api, string relativeUrl, CancellationToken cancellationToken) =>
        SendAsync(api, relativeUrl, asDocument: true, cancellationToken);

    private async Task<ApiResponse> SendAsync(AzureApi api, string relativeUrl, bool asDocument, CancellationToken cancellationToken)
    {
        var (outcome, token, _) = await TokenAsync(api, cancellationToken);
        if (!outcome.Succeeded) return new ApiResponse(401, outcome.Error, outcome.Message, outcome.TraceId, null, null) { Aadsts = outcome.Aadsts };

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress(api), relativeUrl));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Without it Graph hides newer enum members (Defender for Cloud alerts, new detection sources) as unknownFutureValue.
        if (api == AzureApi.Graph) request.Headers.TryAddWithoutValidation("Prefer", "include-unknown-enum-members");
        // One deadline for the whole exchange: HttpClient's own timeout stops once the headers are in, and a body
        // trickling in for ever would hold the run (and its lease) for ever.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            await using var body = new BoundedReadStream(await response.Content.ReadAsStreamAsync(deadline.Token), limits.MaxBytes);
            if (asDocument && response.IsSuccessStatusCode) return await ReadDocumentAsync(response, body, deadline.Token);
            using var reader = new StreamReader(body);
            return Read(response, await reader.ReadToEndAsync(deadline.Token));
        }
        catch (ResponseTooLargeException e)
        {
            // A stream fails on this with the reason; nothing of the answer is kept.
            return new ApiResponse(0, ApiResponse.TooLarge, $"{request.RequestUri!.GetLeftPart(UriPartial.Path)}: {e.Message}", null, null, null);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A host that cannot be reached or a timeout is a result to report, not a crash.
            var reason = e is OperationCanceledException && deadline.IsCancellationRequested
                ? $"no complete answer within {limits.Timeout.TotalSeconds:0} s (Azure:ResponseTimeoutSeconds)"
                : e.Message;
            return new ApiResponse(0, "unreachable", $"{request.RequestUri!.GetLeftPart(UriPartial.Authority)} could not be reached: {reason}", null, null, null);
        }
    }

    /// <summary>A success read from the connection into pooled memory; a damaged or cut-off body is a success without a document.</summary>
    private async Task<ApiResponse> ReadDocumentAsync(HttpResponseMessage response, Stream body, CancellationToken cancellationToken)
    {
        var requestId = Header(response, "request-id") ?? Header(response, "x-ms-request-id");
        try
        {
            var document = await JsonDocument.ParseAsync(body, limits.DocumentOptions, cancellationToken);
            return new ApiResponse((int)response.StatusCode, null, null, requestId, null, null) { Document = document };
        }
        catch (Exception e) when (e is JsonException or IOException and not ResponseTooLargeException)
        {
            return new ApiResponse((int)response.StatusCode, null, null, requestId, null, null);
        }
    }

    private ApiResponse Read(HttpResponseMessage response, string text)
    {
        JsonNode? body = null;
        try
        {
            body = text.Length > 0 ? JsonNode.Parse(text, documentOptions: limits.DocumentOptions) : null;
        }
        catch (JsonException)
        {
            // A damaged page: the caller sees a success status with no body and treats it as an error.
        }
        var error = (body as JsonObject)?["error"] as JsonObject;
        var requestId = Header(response, "request-id") ?? Header(response, "x-ms-request-id")
            ?? Text(error?["innerError"]?["request-id"]) ?? Text(error?["target"]);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new ApiResponse((int)response.StatusCode, Text(error?["code"]), Text(error?["message"]), requestId, body, retryAfter);
    }

    /// <summary>A JSON string value, or null for anything else (Microsoft's error shapes vary).</summary>
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public void Dispose() => http.Dispose();

    private Uri BaseAddress(AzureApi api) => new((api switch
    {
        AzureApi.Graph => Cloud.GraphV1.AbsoluteUri,
        AzureApi.Defender => Cloud.DefenderEndpoint?.AbsoluteUri ?? throw new InvalidOperationException($"{Cloud.Name} has no Defender for Endpoint API."),
        _ => Cloud.ResourceManagerEndpoint.AbsoluteUri,
    }).TrimEnd('/') + "/");

    private string? Scope(AzureApi api) => api switch
    {
        AzureApi.Graph => Cloud.GraphScope,
        AzureApi.Defender => Cloud.DefenderScope,
        _ => Cloud.ResourceManagerScope,
    };

    /// <summary>
    /// The API's token, reused until shortly before it expires (a long ingestion run outlives the hour a token
    /// lives); a refusal is kept as it is, since asking again would only repeat it.
    /// </summary>
    private async Task<(TokenOutcome Outcome, string? Token, DateTimeOffset? ExpiresOn)> TokenAsync(AzureApi api, CancellationToken cancellationToken)
    {
        var cached = await tokens.GetOrAdd(api, a => RequestTokenAsync(a, cancellationToken));
        if (cached.ExpiresOn is { } expires && expires - RefreshMargin <= DateTimeOffset.UtcNow)
        {
            var renewed = RequestTokenAsync(api, cancellationToken);
            tokens[api] = renewed;
            cached = await renewed;
        }
        return cached;
    }

    private async Task<(TokenOutcome, string?, DateTimeOffset?)> RequestTokenAsync(AzureApi api, CancellationToken cancellationToken)
    {
        if (Scope(api) is not { } scope) return (new TokenOutcome(false, [], null, "not_available_in_cloud", $"{api} is not available in {Cloud.DisplayName}.", null), null, null);
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            return (TokenOutcome.Success(Roles(token.Token)), token.Token, token.ExpiresOn);
        }
        catch (AuthenticationFailedException e)
        {
            var refusal = EntraTokenError.From(e);
            return (new TokenOutcome(false, [], refusal.Code, refusal.Error, refusal.Message, refusal.TraceId), null, null);
        }
        catch (Exception e) when (e is HttpRequestException or global::Azure.RequestFailedException or CredentialUnavailableException)
        {
            return (new TokenOutcome(false, [], null, "unreachable", $"Could not reach {Cloud.AuthorityHost}: {e.Message}", null), null, null);
        }
    }

    /// <summary>The roles claim, read as a diagnostic only: the API's answer is what counts.</summary>
    internal static IReadOnlyList<string> Roles(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2) return [];
        try
        {
            var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload?["roles"] is JsonArray roles ? [.. roles.Select(r => r!.GetValue<string>())] : [];
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return [];
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
