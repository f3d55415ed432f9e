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
    /// <summary>Takes the lease, creating the stream's health row first if it has none yet.</summary>
    public static async Task<bool> TryTakeAsync(HomeBaseDbContext db, string integrationId, string stream, string owner, DateTime now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var take = await TakeAsync(db, integrationId, stream, owner, now, duration, cancellationToken);
        if (take != LeaseTake.NoRow) return IsHeld(take);
        await CreateRowAsync(db, integrationId, stream, cancellationToken);
        return IsHeld(await TakeAsync(db, integrationId, stream, owner, now, duration, cancellationToken));
    }

    /// <summary>Whether <paramref name="take"/> left the lease with its taker.</summary>
    public static bool IsHeld(LeaseTake take) => take is LeaseTake.Taken or LeaseTake.TakenOver;

    /// <summary>
    /// Takes the lease of a stream whose health row exists; safe inside a transaction, since it only updates and
    /// reads. <see cref="LeaseTake.NoRow"/> asks the caller to <see cref="CreateRowAsync"/> outside the transaction
    /// (a failed insert aborts a PostgreSQL transaction) and try again.
    /// </summary>
    public static async Task<LeaseTake> TakeAsync(HomeBaseDbContext db, string integrationId, string stream, string owner, DateTime now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var until = now + duration;
        var taken = await db.StreamHealth
            .Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);
        if (taken == 1) return LeaseTake.Taken;
        // Held, but perhaps by a run that stopped renewing it: taking that over is what an operator counts.
        taken = await db.StreamHealth
            .Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner != null && h.LeaseExpiresAt < now)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);
        if (taken == 1) return LeaseTake.TakenOver;

        var row = await db.StreamHealth.Where(h => h.IntegrationId == integrationId && h.Stream == stream)
            .Select(h => new { h.LeaseOwner }).SingleOrDefaultAsync(cancellationToken);
        if (row is null) return LeaseTake.NoRow;
        // The holder may be this machine's previous process, killed mid-run: it will never renew, so take it over now.
        if (row.LeaseOwner is not { } holder || !LeaseHolder.IsGoneFromThisMachine(holder)) return LeaseTake.Held;
        taken = await db.StreamHealth
            .Where(h => h.IntegrationId == integrationId && h.Stream == stream && h.LeaseOwner == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LeaseOwner, owner).SetProperty(h => h.LeaseExpiresAt, until), cancellationToken);
        return taken == 1 ? LeaseTake.TakenOver : LeaseTake.Held;
    }

    /// <summary>Creates a stream's health row, pending and without a lease, unless another instance has just done so.</summary>
    public static async Task CreateRowAsync(HomeBaseDbContext db, string integrationId, string stream, CancellationToken cancellationToken)
    {
        db.StreamHealth.Add(new StreamHealth { IntegrationId = integrationId, Stream = stream, State = StreamStates.Pending });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created the row first; the conditional update decides who runs.
        }
        db.ChangeTracker.Clear();
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
