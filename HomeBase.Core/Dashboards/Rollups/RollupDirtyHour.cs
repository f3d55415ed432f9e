namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>An hour of a stream whose counts are out of date: written with the records, in their transaction.</summary>
public sealed class RollupDirtyHour
{
    public long Id { get; init; }

    public required string IntegrationId { get; init; }

    public required string Metric { get; init; }

    public DateTime Hour { get; init; }
}
