namespace HomeBase.Core.Ingestion;

/// <summary>One stream of one integration as the UI and the API show it (docs/specification.md §5), and its run lease.</summary>
public sealed class StreamHealth
{
    public required string IntegrationId { get; init; }

    public required string Stream { get; init; }

    /// <summary>One of <see cref="StreamStates"/>.</summary>
    public required string State { get; set; }

    /// <summary>
    /// While <see cref="State"/> is collecting: the state the run started from. The integration's overall state counts
    /// a stream in a run as this until the run ends, so a run starting is no event and a recovery is one.
    /// </summary>
    public string? StateBeforeRun { get; set; }

    public DateTime? LastRunAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    /// <summary>The newest event time stored for the stream (its own time field, not HomeBase's).</summary>
    public DateTime? LastEventAt { get; set; }

    public int RecordsAdded { get; set; }

    public int RecordsUpdated { get; set; }

    public int ConsecutiveFailures { get; set; }

    public string? LastError { get; set; }

    public string? LastErrorCode { get; set; }

    /// <summary>Microsoft's request id of the failed call, for a support case.</summary>
    public string? LastErrorRequestId { get; set; }

    public DateTime? ThrottledUntil { get; set; }

    /// <summary>Why a blocked stream is not polled, with the fix from the capability grid.</summary>
    public string? BlockedReason { get; set; }

    /// <summary>The instance running the stream now; with <see cref="LeaseExpiresAt"/>, keeps two instances off one stream.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>
    /// "Sync now" asked at this time and not yet started: kept in the database so that any worker instance runs it,
    /// also when the request reached a web-only instance.
    /// </summary>
    public DateTime? SyncRequestedAt { get; set; }
}
