namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// What every ingested row has: the integration it came through, the source's own stable id (the upsert
/// key with the integration), and when HomeBase first stored it and last saw it change.
/// </summary>
public abstract class IngestedRecord
{
    public const int SourceIdMaxLength = 400;

    public required string IntegrationId { get; init; }

    public required string SourceId { get; init; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastChangedAt { get; set; }

    /// <summary>The record's own event or change time, for the stream's "last event" and watermark; null for snapshots.</summary>
    public virtual DateTime? EventTime => null;
}

/// <summary>A directory object that Microsoft reports as removed: kept, marked deleted.</summary>
public interface IDeletableRecord
{
    DateTime? DeletedAt { get; set; }

    /// <summary>When a delta read last reported the object; a full read marks deleted what it did not report.</summary>
    DateTime? LastSyncedAt { get; set; }
}
