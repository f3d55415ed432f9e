using HomeBase.Core.Access;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Integrations;

/// <summary>
/// Integrations as the pages reach them: the same service as the REST API, behind a check of the signed-in person's
/// role in the current tenant (viewers read; admins and owners change).
/// </summary>
public sealed class TenantIntegrations(IntegrationService integrations, SecretRotation rotation, Ingestion.StreamHealthService streams, AccessGuard guard)
{
    /// <summary>Every live integration of the tenant, oldest first (a tenant has a handful, never thousands).</summary>
    public async Task<Result<IReadOnlyList<Integration>>> ListAsync(TenantAccess access, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Viewer, cancellationToken) is { } refused) return refused;
        var all = new List<Integration>();
        string? after = null;
        while (true)
        {
            var page = await integrations.ListAsync(access.TenantId, IntegrationService.MaxPageSize, after, cancellationToken);
            if (!page.Succeeded) return page.Failure!;
            all.AddRange(page.Value!.Items);
            if (!page.Value.HasMore) return all;
            after = page.Value.Items[^1].Id;
        }
    }

    public async Task<Result<Integration>> GetAsync(TenantAccess access, string id, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Viewer, cancellationToken) ?? await integrations.GetAsync(access.TenantId, id, cancellationToken);

    public async Task<Result<VerificationResult>> ValidateAsync(TenantAccess access, CreateIntegrationRequest request, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await integrations.ValidateAsync(access.TenantId, For(access, request), cancellationToken);

    public async Task<Result<CreatedIntegration>> CreateAsync(TenantAccess access, CreateIntegrationRequest request, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await integrations.CreateAsync(access.TenantId, For(access, request), access.Actor, cancellationToken: cancellationToken);

    public async Task<Result<Integration>> VerifyAsync(TenantAccess access, string id, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await integrations.VerifyAsync(access.TenantId, id, access.Actor, cancellationToken);

    public async Task<Result<Integration>> UpdateAsync(TenantAccess access, string id, UpdateIntegrationRequest request, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await integrations.UpdateAsync(access.TenantId, id, request, access.Actor, cancellationToken);

    public async Task<Result<Integration>> RotateSecretAsync(TenantAccess access, string id, RotateSecretRequest request, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await rotation.RotateAsync(access.TenantId, id, request, access.Actor, cancellationToken);

    /// <summary>Each stream's ingestion state and figures (docs/specification.md §5).</summary>
    public async Task<Result<Ingestion.IngestionSummary>> IngestionAsync(TenantAccess access, string id, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Viewer, cancellationToken) ?? await streams.GetAsync(access.TenantId, id, cancellationToken);

    /// <summary>"Sync now": queues an immediate run of every enabled stream.</summary>
    public async Task<Result<IReadOnlyList<string>>> SyncNowAsync(TenantAccess access, string id, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await streams.RequestSyncAsync(access.TenantId, id, null, cancellationToken);

    public async Task<Result<Integration>> DeleteAsync(TenantAccess access, string id, CancellationToken cancellationToken = default) =>
        await guard.RequireAsync(access, Roles.Admin, cancellationToken) ?? await integrations.DeleteAsync(access.TenantId, id, access.Actor, cancellationToken);

    /// <summary>The pages always act in the current tenant, whatever the request says.</summary>
    private static CreateIntegrationRequest For(TenantAccess access, CreateIntegrationRequest request)
    {
        request.TenantId = access.TenantId;
        request.Type ??= "azure";
        return request;
    }
}
