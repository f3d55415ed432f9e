using System.Diagnostics;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>
/// Verifies an app registration live against the customer's tenant: a token per API, the granted roles,
/// a minimal probe of every stream (paced to the documented limits), the readable subscriptions, the
/// licences and the secret's expiry, turned into the capability grid of docs/specification.md §4.
/// </summary>
public sealed partial class VerificationService(
    IAzureTenantClientFactory clients, ICloudCatalog clouds, IOptions<VerificationOptions> options, TimeProvider time, HomeBaseMetrics metrics,
    RequestBudgets budgets, ILogger<VerificationService> logger)
{
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(10);

    public async Task<Result<VerificationResult>> VerifyAsync(VerificationInput input, CancellationToken cancellationToken = default)
    {
        if (clouds.Find(input.Cloud)?.ForDefenderRegion(input.Config.DefenderRegion) is not { } cloud)
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["cloud"] = [$"Unknown cloud '{input.Cloud}'."] });
        }
        var started = Stopwatch.GetTimestamp();
        using var span = HomeBaseTracing.Source.StartActivity("verification");
        span?.SetTag("homebase.cloud", cloud.Name);
        using var client = clients.Create(cloud, input.AzureTenantId, input.ClientId, input.ClientSecret);

        var graph = await client.AcquireTokenAsync(AzureApi.Graph, cancellationToken);
        if (!graph.Succeeded)
        {
            var failure = CredentialFailures.From(graph, cloud, input.AzureTenantId, input.ClientId) ?? CredentialFailures.Other(graph);
            LogCredentialFailure(logger, cloud.Name, input.AzureTenantId, failure.Code, failure.Aadsts);
            return Done(started, cloud, failure, [], [], [], null, null);
        }

        var run = new ProbeRun(client, cloud, input, graph, TimeSpan.FromMilliseconds(options.Value.IdentityProtectionSpacingMs), time, budgets);
        await run.ExecuteAsync(cancellationToken);
        var grid = GridBuilder.Build(run, input, cloud);
        var consentUrl = grid.Streams.Any(s => s.Status == StreamStatuses.NeedsAdminConsent)
            ? Portal.AdminConsent(cloud, input.AzureTenantId, input.ClientId) : null;
        var result = Done(started, cloud, null, grid.Streams, grid.Permissions, run.Subscriptions ?? [], run.SecretExpiry, consentUrl)
            with { OrganizationName = run.OrganizationName };
        LogVerified(logger, cloud.Name, input.AzureTenantId, result.IntegrationStatus, result.DurationMs);
        return result;
    }

    private VerificationResult Done(long started, AzureCloud cloud, CredentialFailure? failure, IReadOnlyList<StreamCheck> streams,
        IReadOnlyList<PermissionCheck> permissions, IReadOnlyList<SubscriptionInfo> subscriptions, SecretExpiryCheck? expiry, string? consentUrl)
    {
        var took = Stopwatch.GetElapsedTime(started);
        metrics.Verified(cloud.Name, failure is null ? "verified" : "credentials_refused", took);
        return new(time.GetUtcNow().UtcDateTime, (long)took.TotalMilliseconds, cloud.Name, failure, streams, permissions, subscriptions, expiry, consentUrl);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verification in {Cloud} for Azure tenant {AzureTenantId} refused the credentials: {Code} (AADSTS{Aadsts})")]
    private static partial void LogCredentialFailure(ILogger logger, string cloud, string azureTenantId, string code, int? aadsts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verified Azure tenant {AzureTenantId} in {Cloud}: {Status} in {DurationMs} ms")]
    private static partial void LogVerified(ILogger logger, string cloud, string azureTenantId, string status, long durationMs);

    /// <summary>Sends the probes concurrently, keeping the one-per-second family in single file, and retries a throttled probe once.</summary>
    internal sealed class ProbeRun(
        IAzureTenantClient client, AzureCloud cloud, VerificationInput input, TokenOutcome graph, TimeSpan onePerSecondSpacing, TimeProvider time,
        RequestBudgets budgets)
    {
        public TokenOutcome Graph { get; } = graph;

        public TokenOutcome? Defender { get; private set; }

        public TokenOutcome? ResourceManager { get; private set; }

        public Dictionary<string, ApiResponse> Probes { get; } = [];

        public IReadOnlySet<string>? Skus { get; private set; }

        public string? OrganizationName { get; private set; }

        /// <summary>The organization's licences and name need one of these roles.</summary>
        private bool CanReadOrganization => Graph.Roles.Any(r => r is "Directory.Read.All" or "Organization.Read.All");

        public IReadOnlyList<SubscriptionInfo>? Subscriptions { get; private set; }

        public ApiResponse? SubscriptionsResponse { get; private set; }

        public SecretExpiryCheck? SecretExpiry { get; private set; }

        public string? ProbedSubscription { get; private set; }

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            var defender = cloud.DefenderEndpoint is null ? Task.FromResult<TokenOutcome?>(null) : Nullable(client.AcquireTokenAsync(AzureApi.Defender, cancellationToken));
            var arm = client.AcquireTokenAsync(AzureApi.ResourceManager, cancellationToken);

            var graphStreams = StreamCatalog.All.Where(s => s.Api == AzureApi.Graph && Probeable(s, Graph)).ToList();
            var work = new List<Task>
            {
                ReadLicencesAsync(cancellationToken),
                ReadOrganizationNameAsync(cancellationToken),
                ReadSecretExpiryAsync(cancellationToken),
                Task.WhenAll(graphStreams.Where(s => !StreamProbes.OnePerSecond.Contains(s.Name)).Select(s => ProbeAsync(s, null, cancellationToken))),
                OneAtATimeAsync(graphStreams.Where(s => StreamProbes.OnePerSecond.Contains(s.Name)).ToList(), cancellationToken),
                DefenderAsync(defender, cancellationToken),
                ResourceManagerAsync(arm, cancellationToken),
            };
            await Task.WhenAll(work);
        }

        /// <summary>The roles in the token of the API <paramref name="stream"/> reads (none when that token failed).</summary>
        public IReadOnlySet<string> Roles(StreamDefinition stream) => (stream.Api switch
        {
            AzureApi.Graph => Graph,
            AzureApi.Defender => Defender,
            _ => ResourceManager,
        })?.Roles.ToHashSet() ?? new HashSet<string>();

        private bool Probeable(StreamDefinition stream, TokenOutcome token) =>
            StreamProbes.IsAvailable(stream, cloud) && token.Succeeded && stream.Permissions.Any(token.Roles.Contains);

        private async Task DefenderAsync(Task<TokenOutcome?> token, CancellationToken cancellationToken)
        {
            Defender = await token;
            if (Defender is null) return;
            var streams = StreamCatalog.All.Where(s => s.Api == AzureApi.Defender && Probeable(s, Defender));
            await Task.WhenAll(streams.Select(s => ProbeAsync(s, null, cancellationToken)));
        }

        private async Task ResourceManagerAsync(Task<TokenOutcome> token, CancellationToken cancellationToken)
        {
            ResourceManager = await token;
            if (!ResourceManager.Succeeded) return;
            SubscriptionsResponse = await GetWithRetryAsync(AzureApi.ResourceManager, "subscriptions?api-version=2022-12-01", cancellationToken);
            if (!SubscriptionsResponse.IsSuccess || SubscriptionsResponse.Body.Get("value") is not System.Text.Json.Nodes.JsonArray value) return;

            Subscriptions = [.. value.OfType<System.Text.Json.Nodes.JsonObject>().Where(s => s.Str("subscriptionId") is not null)
                .Select(s => new SubscriptionInfo(s.Str("subscriptionId")!, s.Str("displayName") ?? "", s.Str("state")))];
            var wanted = input.Config.SubscriptionIds;
            // A disabled or deleted subscription answers nothing useful: probe an active one.
            ProbedSubscription = Subscriptions.Where(s => s.Readable).Select(s => s.Id)
                .FirstOrDefault(id => wanted.Count == 0 || wanted.Contains(id, StringComparer.OrdinalIgnoreCase));
            if (ProbedSubscription is null) return;
            var streams = StreamCatalog.All.Where(s => s.Api == AzureApi.ResourceManager);
            await Task.WhenAll(streams.Select(s => ProbeAsync(s, ProbedSubscription, cancellationToken)));
        }

        private async Task OneAtATimeAsync(IReadOnlyList<StreamDefinition> streams, CancellationToken cancellationToken)
        {
            for (var i = 0; i < streams.Count; i++)
            {
                if (i > 0 && onePerSecondSpacing > TimeSpan.Zero) await Task.Delay(onePerSecondSpacing, time, cancellationToken);
                await ProbeAsync(streams[i], null, cancellationToken);
            }
        }

        private async Task ProbeAsync(StreamDefinition stream, string? subscription, CancellationToken cancellationToken)
        {
            using var span = HomeBaseTracing.Source.StartActivity("verification.probe");
            span?.SetTag("homebase.stream", stream.Name);
            var response = await GetWithRetryAsync(stream.Api, StreamProbes.Path(stream.Name, subscription, time.GetUtcNow()), cancellationToken);
            span?.SetTag("http.response.status_code", response.Status);
            if (response.RequestId is { } requestId) span?.SetTag(HomeBaseTracing.RequestIdTag, requestId);
            lock (Probes) Probes[stream.Name] = response;
        }

        private async Task ReadLicencesAsync(CancellationToken cancellationToken)
        {
            if (!CanReadOrganization) return;
            var response = await GetWithRetryAsync(AzureApi.Graph, "subscribedSkus", cancellationToken);
            if (response.IsSuccess && response.Body.Get("value") is System.Text.Json.Nodes.JsonArray skus)
            {
                Skus = Licences.Usable(skus.OfType<System.Text.Json.Nodes.JsonObject>());
            }
        }

        /// <summary>The directory's display name, so that an unnamed integration is called what the admin calls the tenant, not by its id.</summary>
        private async Task ReadOrganizationNameAsync(CancellationToken cancellationToken)
        {
            if (!CanReadOrganization) return;
            var response = await GetWithRetryAsync(AzureApi.Graph, "organization?$select=id,displayName", cancellationToken);
            if (response.IsSuccess && response.Body.Get("value") is System.Text.Json.Nodes.JsonArray { Count: > 0 } organizations
                && organizations[0].Str("displayName") is { Length: > 0 } name)
            {
                OrganizationName = name.Trim();
            }
        }

        private async Task ReadSecretExpiryAsync(CancellationToken cancellationToken)
        {
            if (!Graph.Roles.Any(r => r is "Directory.Read.All" or "Application.Read.All" or "Application.ReadWrite.All"))
            {
                SecretExpiry = new(null, "unknown", "Reading the secret's expiry needs Application.Read.All or Directory.Read.All; enter the expiry date yourself.");
                return;
            }
            var response = await GetWithRetryAsync(AzureApi.Graph, $"applications(appId='{input.ClientId}')?$select=id,appId,passwordCredentials", cancellationToken);
            SecretExpiry = SecretExpiryReader.Read(response, input.ClientSecret);
        }

        /// <summary>One retry after a 429 or 503: after Retry-After (at most ten seconds), or a second when Microsoft sends none.</summary>
        private async Task<ApiResponse> GetWithRetryAsync(AzureApi api, string path, CancellationToken cancellationToken)
        {
            var response = await GetWithinBudgetAsync(api, path, cancellationToken);
            if (response.Status is not (429 or 503)) return response;
            var wait = response.RetryAfter is { } after ? (after < MaxRetryWait ? after : MaxRetryWait) : TimeSpan.FromSeconds(1);
            await Task.Delay(wait, time, cancellationToken);
            return await GetWithinBudgetAsync(api, path, cancellationToken);
        }

        /// <summary>
        /// A probe takes its turn in the same per-family budget as this app's ingestion runs: checks repeated within
        /// seconds, or made while a sync reads the same family, wait for the window instead of being answered 429.
        /// </summary>
        private async Task<ApiResponse> GetWithinBudgetAsync(AzureApi api, string path, CancellationToken cancellationToken)
        {
            using var turn = await budgets.WaitAsync(client, api, path, cancellationToken);
            return await client.GetAsync(api, path, cancellationToken);
        }

        private static async Task<TokenOutcome?> Nullable(Task<TokenOutcome> task) => await task;
    }
}
