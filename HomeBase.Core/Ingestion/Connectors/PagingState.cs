namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>A full read in progress: where it resumes, and when it began (what it has not reported by its end is gone).</summary>
internal sealed record PagingState(string? NextLink, DateTime? ReadStartedAt = null);
