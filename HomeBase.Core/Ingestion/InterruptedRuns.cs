using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Ingestion;

/// <summary>Closes the history rows of runs that died without finishing, so the history shows where each one stopped.</summary>
internal static class InterruptedRuns
{
    public const string Message = "The run stopped unexpectedly (its process ended without finishing it); the next run resumed from its last stored page.";

    public static Task<int> CloseAsync(HomeBaseDbContext db, string integrationId, string stream, DateTime now, CancellationToken cancellationToken) =>
        db.StreamRuns.Where(r => r.IntegrationId == integrationId && r.Stream == stream && r.FinishedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Outcome, StreamStates.Interrupted)
                .SetProperty(r => r.Error, Message), cancellationToken);
}
