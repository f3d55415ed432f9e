using HomeBase.Core.Auditing;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations.Credentials;

/// <summary>
/// Verify-before-swap rotation: the new secret must get tokens and keep every enabled stream that is ready today
/// ready; only then is it swapped in, in one save, and the old one destroyed. A rotation that fails changes nothing.
/// </summary>
public sealed class SecretRotation(
    IDbContextFactory<HomeBaseDbContext> contexts, VerificationService verification, SecretProtector secrets, AuditTrail audit,
    Webhooks.WebhookOutbox outbox, TimeProvider time)
{
    public async Task<Result<Integration>> RotateAsync(string tenantId, string id, RotateSecretRequest request, Actor actor,
        CancellationToken cancellationToken = default)
    {
        if (Validate(request) is { } invalid) return invalid;
        var secret = request.ClientSecret!.Trim();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");

        var verified = await verification.VerifyAsync(
            new VerificationInput(integration.Cloud, integration.AzureTenantId, integration.ClientId, secret, integration.Config), cancellationToken);
        if (!verified.Succeeded) return verified.Failure!;
        var result = verified.Value!;
        if (result.CredentialFailure is { } refused) return IntegrationFailures.CredentialsRejected(refused);
        if (Regressions(VerificationJson.Deserialize(integration.VerificationJson), result) is { Count: > 0 } lost)
        {
            return new Failure("rotation_would_regress", 422, "The new secret would lose data",
                "With the new secret these enabled streams would stop: " + string.Join("; ", lost.Select(s => $"{s.DisplayName} ({s.Status.Replace('_', ' ')}: {s.Fix})"))
                + ". Nothing was changed: the integration keeps its current secret.",
                Extensions: new Dictionary<string, object?> { ["streams"] = lost.Select(s => s.Stream).ToArray() });
        }

        var hintBefore = integration.ClientSecretHint;
        integration.ProtectedClientSecret = secrets.Protect(secret);
        integration.ClientSecretHint = secret[..Math.Min(3, secret.Length)];
        integration.ClientSecretExpiresAt = request.ClientSecretExpiresAt?.UtcDateTime;
        integration.ClientSecretExpirySource = request.ClientSecretExpiresAt is null ? null : SecretExpirySources.Admin;
        // Graph's reading of the new secret's expiry, when the permissions allow it, wins over the admin's.
        IntegrationService.Apply(integration, result);
        integration.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(db, tenantId, actor, "integration.credentials_rotated", "integration", integration.Id, new
        {
            client_secret_hint_before = hintBefore,
            client_secret_hint = integration.ClientSecretHint,
            client_secret_expires_at = integration.ClientSecretExpiresAt,
            client_secret_expires_at_source = integration.ClientSecretExpirySource,
            status = integration.Status,
        });
        await outbox.RecordAsync(db, tenantId, Webhooks.WebhookEventTypes.CredentialRotated, new
        {
            integration_id = integration.Id,
            name = integration.Name,
            client_secret_hint = integration.ClientSecretHint,
            expires_at = integration.ClientSecretExpiresAt,
            days_remaining = integration.ClientSecretExpiresAt is { } at ? (int?)SecretExpiry.DaysRemaining(at, time.GetUtcNow().UtcDateTime) : null,
        }, cancellationToken);
        // A rotation verifies for seconds: the integration may have been changed or deleted meanwhile, and then it must not win.
        if (await db.SaveOrConflictAsync("integration", cancellationToken) is { } conflict) return conflict;
        return integration;
    }

    /// <summary>Enabled streams ready with the old secret and not with the new one.</summary>
    internal static IReadOnlyList<StreamCheck> Regressions(VerificationResult? before, VerificationResult after)
    {
        var readyBefore = before?.Streams.Where(s => s.Enabled && s.Status == StreamStatuses.Ready).Select(s => s.Stream).ToHashSet() ?? [];
        return [.. after.Streams.Where(s => readyBefore.Contains(s.Stream) && s.Status != StreamStatuses.Ready)];
    }

    private Failure? Validate(RotateSecretRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ClientSecret))
        {
            errors["client_secret"] = ["Required: the new secret's Value (App registrations → HLD HomeBase → Certificates & secrets → New client secret)."];
        }
        else if (IntegrationRules.LooksLikeSecretId(request.ClientSecret)) errors["client_secret"] = [IntegrationRules.SecretIdPasted];
        else if (request.ClientSecret.Trim().Length > IntegrationRules.MaxSecretLength) errors["client_secret"] = [$"A client secret is at most {IntegrationRules.MaxSecretLength} characters."];
        if (request.ClientSecretExpiresAt is { } at && at <= time.GetUtcNow())
        {
            errors["client_secret_expires_at"] = ["This date is in the past: that secret has expired already."];
        }
        return errors.Count == 0 ? null : Failure.Validation(errors);
    }
}
