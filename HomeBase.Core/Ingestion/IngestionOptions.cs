using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Ingestion;

/// <summary>How ingestion pages, retries and resumes (section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Records asked for per page; each API's own maximum still applies.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Paces requests to Microsoft's documented per-family limits before sending them (see <see cref="RequestBudgets"/>).</summary>
    public bool RequestBudgets { get; set; } = true;

    /// <summary>How far behind the watermark each run re-reads, for events Microsoft publishes late.</summary>
    [Range(0, 24 * 60)]
    public int WatermarkOverlapMinutes { get; set; } = 15;

    /// <summary>Tries per page before the run fails (throttling, 5xx, malformed pages).</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first backoff when Microsoft gives no Retry-After; doubled per attempt, with jitter.</summary>
    [Range(0, 60_000)]
    public int RetryBaseDelayMs { get; set; } = 1000;

    /// <summary>A Retry-After longer than this ends the run as throttled instead of holding a worker.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>Delta streams (users, groups) start over from a full read this often.</summary>
    [Range(1, 24 * 7)]
    public int FullResyncHours { get; set; } = 24;

    /// <summary>Events (sign-ins, audits, detections, Activity Log, resolved alerts) older than this are removed.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// How long a stream's lease lasts unless renewed. A running stream renews it every third of this, so after a
    /// crash another instance (or this one, restarted elsewhere) takes the stream over within about this long.
    /// </summary>
    [Range(15, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>
    /// For crash tests only: after a page's writes and before its commit, logs that it waits and waits this long, so a
    /// test can kill the process inside the transaction. 0, the default, never waits.
    /// </summary>
    [Range(0, 600_000)]
    public int PauseBeforePageCommitMs { get; set; }

    /// <summary>How long a tenant client (and its tokens, which live an hour) is reused across runs.</summary>
    [Range(1, 55)]
    public int ClientLifetimeMinutes { get; set; } = 45;
}
