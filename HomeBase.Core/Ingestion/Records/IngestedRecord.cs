namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// What every ingested row has: the integration it came through, the source's own stable id (the upsert
/// key with the integration), and when HomeBase first stored it and last saw it change.
/// </summary>
public abstract class IngestedRecord
{
    public const int SourceIdMaxLength = 400;

    /// <summary>
    /// Stamped by the writer of the page (it knows whose run it is), not by the connector that maps Microsoft's JSON:
    /// a connector cannot then file a record under another integration. Null until written.
    /// </summary>
    public string IntegrationId { get; internal set; } = null!;

    public required string SourceId { get; init; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastChangedAt { get; set; }

    /// <summary>The record's own event or change time, for the stream's "last event" and watermark; null for snapshots.</summary>
    public virtual DateTime? EventTime => null;
}
