namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// A count of one stream's records in one hour by one dimension (<c>error</c> 50126, <c>country</c> DE…): what
/// the dashboards add up instead of counting millions of rows. Rebuilt from the records for every hour a sync
/// touched, so it always equals a count of the records themselves.
/// </summary>
public sealed class Rollup
{
    public required string IntegrationId { get; init; }

    /// <summary>The stream whose records are counted: <c>sign_ins</c>, <c>alerts</c>, <c>activity_logs</c>.</summary>
    public required string Metric { get; init; }

    public required string Dimension { get; init; }

    /// <summary>The start of the hour (UTC) of the records' own time.</summary>
    public DateTime Hour { get; init; }

    public required string Value { get; init; }

    /// <summary>Words for the value where it is a code (an error code's reason, a policy's name).</summary>
    public string? Label { get; set; }

    public long Count { get; set; }

    public const int ValueMaxLength = 400;
}
