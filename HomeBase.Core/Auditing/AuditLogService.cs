using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Auditing;

/// <summary>Reads a tenant's audit log, newest first. Admins and owners only.</summary>
public sealed class AuditLogService(IDbContextFactory<HomeBaseDbContext> contexts, AccessGuard guard)
{
    public async Task<Result<IReadOnlyList<AuditEntry>>> ListAsync(TenantAccess access, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Admin, cancellationToken) is { } refused) return refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.TenantId == access.TenantId);
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(a => a.Action.Contains(filter.Action.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.ActorName.Contains(actor) || a.ActorId.Contains(actor));
        }
        var entries = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(filter.Limit, 1, 500)).ToListAsync(cancellationToken);
        return entries;
    }
}
