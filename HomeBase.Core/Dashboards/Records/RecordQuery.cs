namespace HomeBase.Core.Dashboards.Records;

/// <summary>What a records table asks for: its filters, the sort and the page (zero-based).</summary>
public sealed record RecordQuery(IReadOnlyDictionary<string, string> Filters, string? Sort = null, bool Descending = true, int Page = 0, int PageSize = 25);
