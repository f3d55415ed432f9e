namespace HomeBase.Core.Ingestion;

/// <summary>One stream of an integration as shown to people and the API: its state and the figures behind it.</summary>
public sealed record StreamStatus(
    string Stream,
    string DisplayName,
    string State,
    bool Running,
    long RecordsTotal,
    int RecordsAdded,
    int RecordsUpdated,
    DateTime? LastRunAt,
    DateTime? LastSuccessAt,
    DateTime? LastEventAt,
    long? LagSeconds,
    int ConsecutiveFailures,
    StreamError? LastError,
    DateTime? ThrottledUntil,
    string? BlockedReason);

/// <summary>The last failure of a stream, with Microsoft's request id for a support case.</summary>
public sealed record StreamError(string Message, string? Code, string? RequestId);

/// <summary>The integration's ingestion summary: the worst state of its enabled streams (docs/specification.md §5).</summary>
public sealed record IngestionSummary(string State, IReadOnlyList<StreamStatus> Streams)
{
    // Worst first: a stream that cannot collect is never hidden behind a healthy one.
    private static readonly string[] Severity =
    [
        StreamStates.Blocked, StreamStates.Failing, StreamStates.Stale, StreamStates.Throttled,
        StreamStates.Pending, StreamStates.Collecting, StreamStates.Healthy,
    ];

    public static string WorstOf(IEnumerable<string> states)
    {
        var present = states.Where(s => s != StreamStates.Disabled).ToHashSet();
        return Severity.FirstOrDefault(present.Contains) ?? StreamStates.Disabled;
    }
}
