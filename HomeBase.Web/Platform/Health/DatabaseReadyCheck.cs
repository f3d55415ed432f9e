using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HomeBase.Web.Platform.Health;

internal sealed class DatabaseReadyCheck(IDbContextFactory<HomeBaseDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("The database cannot be reached.");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable, migrations applied.")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) not yet applied.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's message may name the server; the log has the detail, the probe a plain answer.
            return HealthCheckResult.Unhealthy("The database check failed.", e);
        }
    }
}
