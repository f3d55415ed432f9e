using HomeBase.Core.Platform.Common;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>Saving a change to an <see cref="IVersioned"/> entity that may have lost a race.</summary>
public static class ConcurrencySaves
{
    /// <summary>Saves; a row changed meanwhile (its version moved on) saves nothing and is a 409 <see cref="Failure.Conflict"/>.</summary>
    public static async Task<Failure?> SaveOrConflictAsync(this HomeBaseDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(what);
        }
    }
}
