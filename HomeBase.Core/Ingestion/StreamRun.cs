namespace HomeBase.Core.Ingestion;

/// <summary>One run of one stream: the history behind its health.</summary>
public sealed class StreamRun
{
    public long Id { get; init; }

    public required string IntegrationId { get; init; }

    public required string Stream { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The state the run left the stream in (<see cref="StreamStates"/>).</summary>
    public string? Outcome { get; set; }

    public int Pages { get; set; }

    public int RecordsAdded { get; set; }

    public int RecordsUpdated { get; set; }

    public string? Error { get; set; }

    public string? RequestId { get; set; }

    /// <summary>The lease owner that ran it (machine/process/instance): which instance of several did the work.</summary>
    public string? RunBy { get; init; }
}
