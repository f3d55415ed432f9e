namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>A count as a metric's computation yields it, before it is stored or added up.</summary>
public readonly record struct RollupRow(DateTime Hour, string Dimension, string Value, string? Label, long Count);
