namespace HomeBase.Core.Dashboards.Records;

/// <summary>A filter a records table accepts, with the words that describe it on a chip.</summary>
public sealed record RecordFilter(string Key, string Label);
