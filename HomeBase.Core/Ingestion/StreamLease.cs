using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// A lease on one stream of one integration, held in its health row: taken with a conditional update, so
/// of two app instances on one database only one runs the stream. Its holder renews it on a heartbeat and with
/// every page it stores; it expires soon after its holder dies, and at once when that holder was an earlier
/// process on this machine that is gone.
/// </summary>
internal static class StreamLease
{
    public static async Task<bool> TryTakeAsync(HomeBaseDbContext db, string integrationId, string stream, string owner, DateTime now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        if (!await db.StreamHealth.AnyAsync(h => h.IntegrationId == integrationId && h.Stream == stream, cancellationToken))
        {
            db.StreamHealth.Add(new StreamHealth { IntegrationId = integrationId, Stream = stream, State = StreamStates.Pending });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row first; the conditional update below decides.
            }
            db.ChangeTracker.Clear();
        }
        var until = now + duration;
        var taken = await db.StreamHealth
            .Where(h => h.IntegrationId == integrationId && h.Stream == stream && (h.LeaseOwner == null || h.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);
        if (taken == 1) return true;

        // The holder may be this machine's previous process, killed mid-run: it will never renew, so take it over now.
        var holder = await db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream)
            .Select(h => h.LeaseOwner).SingleOrDefaultAsync(cancellationToken);
        if (holder is null || !LeaseHolder.IsGoneFromThisMachine(holder)) return false;
        taken = await db.StreamHealth
            .Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);
        return taken == 1;
    }

    /// <summary>Pushes the lease's expiry on; false when <paramref name="owner"/> no longer holds it (another run took it over).</summary>
    public static async Task<bool> RenewAsync(HomeBaseDbContext db, string integrationId, string stream, string owner, DateTime until,
        CancellationToken cancellationToken) =>
        await db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseExpiresAt, until), cancellationToken) == 1;

    /// <summary>Gives the lease back, if this owner still holds it (an expired one may have been taken over).</summary>
    public static Task ReleaseAsync(HomeBaseDbContext db, string integrationId, string stream, string owner) =>
        db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, (string?)null).SetProperty(h => h.LeaseExpiresAt, (DateTime?)null));
}
