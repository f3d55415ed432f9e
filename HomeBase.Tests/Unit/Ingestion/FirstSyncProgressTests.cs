using HomeBase.Core.Ingestion;

namespace HomeBase.Tests.Unit.Ingestion;

/// <summary>A first sync's progress: the share of the backfill window its events span, and the time left at its pace.</summary>
[Trait("Category", "Unit")]
public sealed class FirstSyncProgressTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private static StreamRun RunStarted(TimeSpan ago) =>
        new() { IntegrationId = "int_1", Stream = "sign_ins", StartedAt = Now - ago, Pages = 40, RecordsAdded = 12_000 };

    [Fact]
    public void HalfTheWindowReadInAMinute_LeavesAboutAMinute()
    {
        // Newest first, as Graph returns sign-ins: the last 3.5 of 7 days are stored.
        var progress = FirstSyncProgress.Of(RunStarted(TimeSpan.FromMinutes(1)), Now, Now.AddDays(-7), (Now.AddDays(-3.5), Now));

        Assert.Equal(0.5, progress.Covered!.Value, 3);
        Assert.Equal(60, progress.RemainingSeconds);
        Assert.Equal(12_000, progress.RecordsAdded);
    }

    [Fact]
    public void TheFirstPage_GivesNoEstimateYet()
    {
        var progress = FirstSyncProgress.Of(RunStarted(TimeSpan.FromSeconds(5)), Now, Now.AddDays(-30), (Now.AddMinutes(-20), Now));

        Assert.True(progress.Covered < FirstSyncProgress.LeastShareToEstimate);
        Assert.Null(progress.RemainingSeconds);
    }

    [Fact]
    public void AStreamOfState_HasNoWindow() =>
        Assert.Null(FirstSyncProgress.Of(RunStarted(TimeSpan.FromMinutes(1)), Now, null, (null, null)).Covered);
}
