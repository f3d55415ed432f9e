using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations.Credentials;

/// <summary>
/// What happens when an integration's secret has expired, whoever noticed it first (the expiry watcher, or Entra's
/// AADSTS7000222 during a sync): one <c>credential_expired</c> per secret, and the integration blocked with the fix.
/// </summary>
public sealed class ExpiredSecrets(WebhookOutbox outbox, AuditTrail audit)
{
    public const string Reason = "secret expired — rotate it";

    /// <summary>Adds the events and changes to <paramref name="db"/>; the caller saves them with its own changes.</summary>
    public async Task RecordAsync(HomeBaseDbContext db, Integration integration, DateTime now, CancellationToken cancellationToken = default)
    {
        // Unknown expiry (the admin never gave one): keyed on the minimum date, still once per integration and secret state.
        var expiresAt = integration.ClientSecretExpiresAt ?? DateTime.MinValue;
        var announced = await db.CredentialNotices.AnyAsync(n => n.IntegrationId == integration.Id && n.ExpiresAt == expiresAt && n.Threshold == 0, cancellationToken)
            || db.CredentialNotices.Local.Any(n => n.IntegrationId == integration.Id && n.ExpiresAt == expiresAt && n.Threshold == 0);
        if (!announced)
        {
            db.CredentialNotices.Add(new CredentialNotice { IntegrationId = integration.Id, ExpiresAt = expiresAt, Threshold = 0, SentAt = now });
            await outbox.RecordAsync(db, integration.TenantId, WebhookEventTypes.CredentialExpired, new
            {
                integration_id = integration.Id,
                name = integration.Name,
                azure_tenant_id = integration.AzureTenantId,
                client_id = integration.ClientId,
                client_secret_hint = integration.ClientSecretHint,
                expires_at = integration.ClientSecretExpiresAt,
                days_remaining = 0,
            }, cancellationToken);
        }
        if (integration.Status == IntegrationStatuses.Blocked) return;
        var before = integration.Status;
        integration.Status = IntegrationStatuses.Blocked;
        integration.UpdatedAt = now;
        audit.Record(db, integration.TenantId, Actor.System, "integration.health_changed", "integration", integration.Id,
            new { before, after = integration.Status, reason = Reason });
        await outbox.RecordAsync(db, integration.TenantId, WebhookEventTypes.HealthChanged,
            new { integration_id = integration.Id, name = integration.Name, status_before = before, status = integration.Status, reason = Reason }, cancellationToken);
    }
}
