using FluentValidation;
using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Integrations;

/// <summary>The rules for creating, reading, changing and deleting integrations; the API and the UI both call these.</summary>
public sealed class IntegrationService(
    IDbContextFactory<HomeBaseDbContext> contexts,
    IValidator<CreateIntegrationRequest> createValidator,
    IValidator<UpdateIntegrationRequest> updateValidator,
    ICloudCatalog clouds,
    VerificationService verification,
    SecretProtector secrets,
    AuditTrail audit,
    Webhooks.WebhookOutbox outbox,
    TimeProvider time)
{
    public const int MaxPageSize = 100;

    /// <summary>Creates an integration in the caller's tenant; the request's tenant_id must name that tenant.</summary>
    public async Task<Result<CreatedIntegration>> CreateAsync(
        string callerTenantId, CreateIntegrationRequest request, Actor actor, IdempotencyContext? idempotency = null,
        CancellationToken cancellationToken = default)
    {
        var admitted = await AdmitAsync(callerTenantId, request, cancellationToken);
        if (!admitted.Succeeded) return admitted.Failure!;
        var (azureTenantId, clientId) = admitted.Value;
        var credentials = request.Credentials!;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (idempotency is not null && await FindReplayAsync(db, callerTenantId, idempotency, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (await FindLiveAsync(db, callerTenantId, azureTenantId, clientId, cancellationToken) is { } existing)
        {
            // A retry with the same key may have been committed since the replay check above.
            if (idempotency is not null && await FindReplayAsync(db, callerTenantId, idempotency, cancellationToken) is { } late) return late;
            return IntegrationFailures.AlreadyExists(existing.Id);
        }

        var integration = NewIntegration(callerTenantId, request, azureTenantId, clientId);
        var verified = await verification.VerifyAsync(
            new VerificationInput(integration.Cloud, azureTenantId, clientId, credentials.ClientSecret!.Trim(), integration.Config), cancellationToken);
        if (!verified.Succeeded) return verified.Failure!;
        if (verified.Value!.CredentialFailure is { } refused) return IntegrationFailures.CredentialsRejected(refused);
        Apply(integration, verified.Value);
        if (string.IsNullOrWhiteSpace(request.Name)) integration.Name = IntegrationRules.DefaultName(azureTenantId, verified.Value.OrganizationName);
        db.Integrations.Add(integration);
        if (idempotency is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                TenantId = callerTenantId,
                Key = idempotency.Key,
                RequestHash = idempotency.RequestHash,
                IntegrationId = integration.Id,
                CreatedAt = integration.CreatedAt,
            });
        }
        audit.Record(db, callerTenantId, actor, "integration.created", "integration", integration.Id, AuditDetails(integration));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request won the race on the idempotency key or the unique app registration.
            await using var retry = await contexts.CreateDbContextAsync(cancellationToken);
            if (idempotency is not null && await FindReplayAsync(retry, callerTenantId, idempotency, cancellationToken) is { } raced)
            {
                return raced;
            }
            if (await FindLiveAsync(retry, callerTenantId, azureTenantId, clientId, cancellationToken) is { } winner)
            {
                return IntegrationFailures.AlreadyExists(winner.Id);
            }
            throw;
        }
        return new CreatedIntegration(integration, Replayed: false);
    }

    /// <summary>Validates and verifies a create request without saving anything (<c>?validate=true</c>, the wizard's checks).</summary>
    public async Task<Result<VerificationResult>> ValidateAsync(string callerTenantId, CreateIntegrationRequest request, CancellationToken cancellationToken = default)
    {
        var admitted = await AdmitAsync(callerTenantId, request, cancellationToken);
        if (!admitted.Succeeded) return admitted.Failure!;
        var (azureTenantId, clientId) = admitted.Value;
        return await verification.VerifyAsync(new VerificationInput(request.Cloud ?? clouds.DefaultCloud, azureTenantId, clientId,
            request.Credentials!.ClientSecret!.Trim(), Merge(IntegrationConfig.ForNewIntegration(), request.Config!)), cancellationToken);
    }

    /// <summary>
    /// The checks every create request passes before Azure is asked: the shared validator, and the caller's
    /// own tenant. Returns the app registration's ids in canonical form.
    /// </summary>
    private async Task<Result<(string AzureTenantId, string ClientId)>> AdmitAsync(
        string callerTenantId, CreateIntegrationRequest request, CancellationToken cancellationToken)
    {
        var validation = await createValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid) return ValidationFailures.ToFailure(validation);
        if (!string.Equals(request.TenantId, callerTenantId, StringComparison.Ordinal)) return IntegrationFailures.TenantForbidden;
        return (Guid.Parse(request.Credentials!.AzureTenantId!).ToString("D"), Guid.Parse(request.Credentials.ClientId!).ToString("D"));
    }

    /// <summary>Re-runs verification with the stored secret and records the grid, the status and the secret's expiry.</summary>
    public async Task<Result<Integration>> VerifyAsync(string tenantId, string id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");

        var secret = secrets.Unprotect(integration.ProtectedClientSecret!);
        var verified = await verification.VerifyAsync(
            new VerificationInput(integration.Cloud, integration.AzureTenantId, integration.ClientId, secret, integration.Config), cancellationToken);
        if (!verified.Succeeded) return verified.Failure!;
        // Not being able to ask Azure says nothing about the integration: keep its last known state.
        if (verified.Value!.CredentialFailure is { IsRefusal: false } unavailable) return IntegrationFailures.CredentialsRejected(unavailable);

        var before = integration.Status;
        Apply(integration, verified.Value!);
        integration.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(db, tenantId, actor, "integration.verified", "integration", integration.Id,
            new { status_before = before, status = integration.Status, credential_failure = verified.Value!.CredentialFailure?.Code });
        if (verified.Value.CredentialFailure is { } refused)
        {
            await outbox.RecordAsync(db, tenantId, Webhooks.WebhookEventTypes.VerificationFailed,
                new { integration_id = integration.Id, name = integration.Name, code = refused.Code, cause = refused.Cause, fix = refused.Fix }, cancellationToken);
        }
        if (before != integration.Status)
        {
            await outbox.RecordAsync(db, tenantId, Webhooks.WebhookEventTypes.HealthChanged,
                new { integration_id = integration.Id, name = integration.Name, status_before = before, status = integration.Status }, cancellationToken);
        }
        if (await db.SaveOrConflictAsync("integration", cancellationToken) is { } conflict) return conflict;
        return integration;
    }

    /// <summary>
    /// After a config change the grid's enabled flags and the status follow the new choice, so a stream that
    /// was just turned on and cannot collect is never shown as connected. Subscriptions need a re-verify.
    /// </summary>
    private static void RefreshForConfig(Integration integration)
    {
        if (VerificationJson.Deserialize(integration.VerificationJson) is not { CredentialFailure: null } last) return;
        var streams = last.Streams.Select(s => s with { Enabled = StreamCatalog.Get(s.Stream).IsEnabledBy(integration.Config) }).ToList();
        var refreshed = last with { Streams = streams };
        integration.VerificationJson = VerificationJson.Serialize(refreshed);
        integration.Status = refreshed.IntegrationStatus;
    }

    /// <summary>Records a verification on the integration: grid, status, and the secret's expiry when Graph could read it.</summary>
    internal static void Apply(Integration integration, VerificationResult result)
    {
        integration.VerificationJson = VerificationJson.Serialize(result);
        integration.VerifiedAt = result.VerifiedAt;
        integration.Status = result.CredentialFailure is null ? result.IntegrationStatus : IntegrationStatuses.Blocked;
        if (result.SecretExpiry is { Source: SecretExpirySources.Graph, ExpiresAt: { } expires })
        {
            integration.ClientSecretExpiresAt = expires;
            integration.ClientSecretExpirySource = SecretExpirySources.Graph;
        }
    }

    public async Task<Result<IntegrationPage>> ListAsync(string tenantId, int limit, string? startingAfter, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["limit"] = [$"Must be 1 to {MaxPageSize}."] });
        }
        if (startingAfter is not null && !PrefixedId.IsValid(PrefixedId.Integration, startingAfter))
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["starting_after"] = ["Must be an integration id (int_…) from a previous page."] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Integrations.AsNoTracking().LiveOf(tenantId);
        if (startingAfter is not null) query = query.Where(i => string.Compare(i.Id, startingAfter) > 0);
        var items = await query.OrderBy(i => i.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return new IntegrationPage(items.Take(limit).ToList(), HasMore: items.Count > limit);
    }

    public async Task<Result<Integration>> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations.AsNoTracking()
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return integration is null ? Failure.NotFound("integration") : integration;
    }

    public async Task<Result<Integration>> UpdateAsync(
        string tenantId, string id, UpdateIntegrationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var validation = await updateValidator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid) return ValidationFailures.ToFailure(validation);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");

        var before = AuditDetails(integration);
        if (request.Name is not null) integration.Name = request.Name.Trim();
        if (request.Config is not null) integration.Config = Merge(integration.Config, request.Config);
        if (!AnyStreamEnabled(integration.Config))
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["config"] = [IntegrationRules.NoStreamEnabled] });
        }
        if (IntegrationRules.DefenderRegionRefusal(clouds, integration.Cloud, integration.Config.DefenderRegion) is { } refusal)
        {
            return Failure.Validation(new Dictionary<string, string[]> { ["config.defender_region"] = [refusal] });
        }

        RefreshForConfig(integration);
        integration.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(db, tenantId, actor, "integration.updated", "integration", integration.Id,
            new { before, after = AuditDetails(integration) });
        if (await db.SaveOrConflictAsync("integration", cancellationToken) is { } conflict) return conflict;
        return integration;
    }

    /// <summary>Destroys the credentials and hides the integration; data already ingested is kept until purged.</summary>
    public async Task<Result<Integration>> DeleteAsync(string tenantId, string id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await db.Integrations
            .LiveOf(tenantId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (integration is null) return Failure.NotFound("integration");

        var now = time.GetUtcNow().UtcDateTime;
        integration.ProtectedClientSecret = null;
        integration.Status = IntegrationStatuses.Deleted;
        integration.DeletedAt = now;
        integration.UpdatedAt = now;
        audit.Record(db, tenantId, actor, "integration.deleted", "integration", integration.Id, AuditDetails(integration));
        if (await db.SaveOrConflictAsync("integration", cancellationToken) is { } conflict) return conflict;
        return integration;
    }

    private Integration NewIntegration(string tenantId, CreateIntegrationRequest request, string azureTenantId, string clientId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var secret = request.Credentials!.ClientSecret!.Trim();
        var expiresAt = request.Credentials.ClientSecretExpiresAt?.UtcDateTime;
        return new Integration
        {
            Id = PrefixedId.New(PrefixedId.Integration, time),
            TenantId = tenantId,
            Type = request.Type!,
            Name = string.IsNullOrWhiteSpace(request.Name) ? IntegrationRules.DefaultName(azureTenantId, null) : request.Name.Trim(),
            Cloud = request.Cloud ?? clouds.DefaultCloud,
            AzureTenantId = azureTenantId,
            ClientId = clientId,
            ProtectedClientSecret = secrets.Protect(secret),
            ClientSecretHint = secret[..Math.Min(3, secret.Length)],
            ClientSecretExpiresAt = expiresAt,
            ClientSecretExpirySource = expiresAt is null ? null : SecretExpirySources.Admin,
            Config = Merge(IntegrationConfig.ForNewIntegration(), request.Config!),
            Status = IntegrationStatuses.PendingVerification,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static IntegrationConfig Merge(IntegrationConfig current, ConfigInput input) => new()
    {
        IngestEntraId = input.IngestEntraId ?? current.IngestEntraId,
        IngestDefender = input.IngestDefender ?? current.IngestDefender,
        IngestActivityLogs = input.IngestActivityLogs ?? current.IngestActivityLogs,
        IngestDefenderForCloud = input.IngestDefenderForCloud ?? current.IngestDefenderForCloud,
        SubscriptionIds = input.SubscriptionIds?.Select(s => Guid.Parse(s).ToString("D")).Distinct().ToList()
            ?? [.. current.SubscriptionIds],
        BackfillDays = input.BackfillDays ?? current.BackfillDays,
        DefenderRegion = input.DefenderRegion is null ? current.DefenderRegion : IntegrationRules.NormalizeDefenderRegion(input.DefenderRegion),
    };

    private static bool AnyStreamEnabled(IntegrationConfig c) =>
        c.IngestEntraId || c.IngestDefender || c.IngestActivityLogs || c.IngestDefenderForCloud;

    /// <summary>The earlier outcome for this idempotency key, a refusal when the key came with another body, or null.</summary>
    private static async Task<Result<CreatedIntegration>?> FindReplayAsync(
        HomeBaseDbContext db, string tenantId, IdempotencyContext idempotency, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Key == idempotency.Key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != idempotency.RequestHash) return IntegrationFailures.IdempotencyKeyReused;
        var integration = await db.Integrations.AsNoTracking().SingleAsync(i => i.Id == record.IntegrationId, cancellationToken);
        return new CreatedIntegration(integration, Replayed: true);
    }

    private static Task<Integration?> FindLiveAsync(
        HomeBaseDbContext db, string tenantId, string azureTenantId, string clientId, CancellationToken cancellationToken) =>
        db.Integrations.AsNoTracking().LiveOf(tenantId).FirstOrDefaultAsync(i => i.AzureTenantId == azureTenantId && i.ClientId == clientId,
            cancellationToken);

    private static object AuditDetails(Integration i) => new
    {
        name = i.Name,
        cloud = i.Cloud,
        azure_tenant_id = i.AzureTenantId,
        client_id = i.ClientId,
        client_secret_hint = i.ClientSecretHint,
        status = i.Status,
        config = i.Config,
    };
}
