namespace HomeBase.Core.Ingestion;

/// <summary>
/// Where a stream of an integration resumes: a connector-specific JSON state (a delta link, a watermark, the
/// next page of a run in progress). Written in the same transaction as the page whose records it covers.
/// </summary>
public sealed class StreamCursor
{
    public required string IntegrationId { get; init; }

    public required string Stream { get; init; }

    public string? State { get; set; }

    public DateTime UpdatedAt { get; set; }
}
