using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// A lease on one stream of one integration, held in its health row: taken with a conditional update, so
/// of two app instances on one database only one runs the stream; it expires if its holder dies.
/// </summary>
internal static class StreamLease
{
    /// <summary>How long a lease lasts unless a committed page renews it: longer than any one page takes.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

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
        return taken == 1;
    }

    /// <summary>Pushes the lease's expiry on while a long run pages.</summary>
    public static Task RenewAsync(HomeBaseDbContext db, string integrationId, string stream, string owner, DateTime until, CancellationToken cancellationToken) =>
        db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);

    /// <summary>Gives the lease back, if this owner still holds it (an expired one may have been taken over).</summary>
    public static Task ReleaseAsync(HomeBaseDbContext db, string integrationId, string stream, string owner) =>
        db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, (string?)null).SetProperty(h => h.LeaseExpiresAt, (DateTime?)null));
}
