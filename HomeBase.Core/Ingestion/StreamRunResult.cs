namespace HomeBase.Core.Ingestion;

/// <summary>What one run of one stream did; <see cref="State"/> is the stream's state afterwards.</summary>
public sealed record StreamRunResult(string Stream, string State, int Pages, int RecordsAdded, int RecordsUpdated, string? Error)
{
    /// <summary>The state when another run (here or on another instance) holds the stream's lease.</summary>
    public const string AlreadyRunning = "already_running";

    /// <summary>The outcome of a run that stopped because another run took its lease over (it stored nothing after that).</summary>
    public const string LeaseLost = "lease_lost";

    public static StreamRunResult NotRun(string stream, string state, string? reason = null) => new(stream, state, 0, 0, 0, reason);
}
