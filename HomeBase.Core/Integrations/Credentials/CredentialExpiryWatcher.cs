using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Integrations.Credentials;

/// <summary>
/// Watches every integration's client secret: sends <c>integration.credential_expiring</c> at 30, 7 and 1 days before
/// it expires (each once per secret, only the most urgent if several were missed), and on expiry sends
/// <c>integration.credential_expired</c> and blocks the integration with the fix.
/// </summary>
public sealed partial class CredentialExpiryWatcher(
    IDbContextFactory<HomeBaseDbContext> contexts, WebhookOutbox outbox, ExpiredSecrets expired, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<CredentialExpiryWatcher> logger) : BackgroundService
{
    public static readonly int[] Thresholds = [30, 7, 1];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(CheckAsync, () => options.Value.ExpiryCheckInterval, time, e => LogCheckFailed(logger, e), stoppingToken);

    /// <summary>Sends what is due now; returns the number of events recorded.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(Thresholds[0]);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integrations = await db.Integrations.Live().Where(i => i.ClientSecretExpiresAt != null && i.ClientSecretExpiresAt <= horizon)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var integration in integrations)
        {
            var expiresAt = integration.ClientSecretExpiresAt!.Value;
            var notices = await db.CredentialNotices.Where(n => n.IntegrationId == integration.Id && n.ExpiresAt == expiresAt)
                .Select(n => n.Threshold).ToListAsync(cancellationToken);
            var daysLeft = SecretExpiry.DaysLeft(expiresAt, now);
            if (expiresAt <= now)
            {
                if (notices.Contains(0)) continue;
                await expired.RecordAsync(db, integration, now, cancellationToken);
            }
            else
            {
                // The most urgent threshold reached; the ones before it are marked too, so none is sent late.
                var reached = Thresholds.Where(t => daysLeft < t).ToList();
                if (reached.Count == 0 || reached.All(notices.Contains)) continue;
                foreach (var threshold in reached.Where(t => !notices.Contains(t)))
                {
                    db.CredentialNotices.Add(new CredentialNotice { IntegrationId = integration.Id, ExpiresAt = expiresAt, Threshold = threshold, SentAt = now });
                }
                await outbox.RecordAsync(db, integration.TenantId, WebhookEventTypes.CredentialExpiring, Data(integration, expiresAt, SecretExpiry.DaysRemaining(expiresAt, now)), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            sent++;
        }
        return sent;
    }

    private static object Data(Integration integration, DateTime expiresAt, int daysRemaining) => new
    {
        integration_id = integration.Id,
        name = integration.Name,
        azure_tenant_id = integration.AzureTenantId,
        client_id = integration.ClientId,
        client_secret_hint = integration.ClientSecretHint,
        expires_at = expiresAt,
        days_remaining = daysRemaining,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking client secret expiries failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
