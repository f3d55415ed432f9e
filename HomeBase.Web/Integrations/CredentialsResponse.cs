using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;

namespace HomeBase.Web.Integrations;

public sealed record CredentialsResponse(
    string AzureTenantId,
    string ClientId,
    string? ClientSecretHint,
    DateTime? ClientSecretExpiresAt,
    string? ClientSecretExpirySource);
