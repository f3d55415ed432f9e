namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>How a directory audit is filed: its area, its signal if it has one, and the role it names.</summary>
internal sealed record DirectoryChange(string Area, string? Signal, string? RoleName);
