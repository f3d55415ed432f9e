using HomeBase.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>Brings the database to the current schema on start and creates the "Default" tenant in an empty one.</summary>
public sealed partial class DatabaseMigrator(
    IDbContextFactory<HomeBaseDbContext> contexts, TenantService tenants, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers (dashboards) run while ingestion writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (await tenants.EnsureDefaultTenantAsync(cancellationToken) is { } created)
        {
            LogDefaultTenantCreated(logger, created.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the Default tenant {TenantId} in an empty database")]
    private static partial void LogDefaultTenantCreated(ILogger logger, string tenantId);
}
