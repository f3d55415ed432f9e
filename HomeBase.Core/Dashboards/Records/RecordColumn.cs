namespace HomeBase.Core.Dashboards.Records;

/// <summary>A column of a records table: its key (for sorting and filters), its header and whether it sorts.</summary>
public sealed record RecordColumn(string Key, string Header, bool Sortable);
