namespace HomeBase.Core.Dashboards.Records;

/// <summary>One page of records, and how many match in all (counted up to <see cref="CountLimit"/>: <see cref="MoreThanTotal"/> past it).</summary>
public sealed record RecordPage(IReadOnlyList<RecordColumn> Columns, IReadOnlyList<RecordRow> Rows, long Total, bool MoreThanTotal = false)
{
    /// <summary>
    /// A table counts its matches up to this many: counting every one of a million rows would make the first
    /// page slow, and the dashboards already show the exact numbers. The CSV export has every row.
    /// </summary>
    public const int CountLimit = 10_000;
}
