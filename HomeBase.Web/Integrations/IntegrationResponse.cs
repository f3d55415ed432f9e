using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;

namespace HomeBase.Web.Integrations;

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
            i.Config.SubscriptionIds, i.Config.BackfillDays, i.Config.DefenderRegion),
        i.VerifiedAt, i.VerificationJson is null ? null : JsonNode.Parse(i.VerificationJson),
        i.CreatedAt, i.UpdatedAt);
}
