namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>A delta stream: its delta link, the next page of a round in progress, and when the last full read began and ended.</summary>
internal sealed record DeltaState(string? DeltaLink, string? NextLink, DateTime? FullSyncStartedAt, DateTime? LastFullSyncAt);
