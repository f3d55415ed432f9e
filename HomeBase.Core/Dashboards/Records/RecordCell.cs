namespace HomeBase.Core.Dashboards.Records;

/// <summary>A cell: its text and, for a user, an alert or a device, the page it opens.</summary>
public sealed record RecordCell(string? Text, string? Href = null);
