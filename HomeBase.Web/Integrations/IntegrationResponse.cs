using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;

namespace HomeBase.Web.Integrations;

// The public shape of an integration. It has no field that could hold the secret: only its hint.

public sealed record IntegrationResponse(
    string Id,
    string Object,
    string Type,
    string TenantId,
    string Name,
    string Cloud,
    string Status,
    CredentialsResponse Credentials,
    ConfigResponse Config,
    DateTime? VerifiedAt,
    JsonNode? Verification,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IngestionSummary? Ingestion = null)
{
    public static IntegrationResponse From(Integration i) => new(
        i.Id, "integration", i.Type, i.TenantId, i.Name, i.Cloud, i.Status,
        new CredentialsResponse(i.AzureTenantId, i.ClientId, i.ClientSecretHint, i.ClientSecretExpiresAt, i.ClientSecretExpirySource),
        new ConfigResponse(
            i.Config.IngestEntraId, i.Config.IngestDefender, i.Config.IngestActivityLogs, i.Config.IngestDefenderForCloud,
            i.Config.SubscriptionIds, i.Config.BackfillDays),
        i.VerifiedAt, i.VerificationJson is null ? null : JsonNode.Parse(i.VerificationJson),
        i.CreatedAt, i.UpdatedAt);
}

public sealed record CredentialsResponse(
    string AzureTenantId,
    string ClientId,
    string? ClientSecretHint,
    DateTime? ClientSecretExpiresAt,
    string? ClientSecretExpirySource);

public sealed record ConfigResponse(
    bool IngestEntraId,
    bool IngestDefender,
    bool IngestActivityLogs,
    bool IngestDefenderForCloud,
    IReadOnlyList<string> SubscriptionIds,
    int BackfillDays);

public sealed record IntegrationListResponse(string Object, IReadOnlyList<IntegrationResponse> Data, bool HasMore, string? NextStartingAfter);
