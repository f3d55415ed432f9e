namespace HomeBase.Core.Dashboards.Records;

public sealed record RecordRow(IReadOnlyList<RecordCell> Cells);
