namespace HomeBase.Core.Ingestion;

/// <summary>The integration's ingestion summary: the worst state of its enabled streams (docs/specification.md §5).</summary>
public sealed record IngestionSummary(string State, IReadOnlyList<StreamStatus> Streams)
{
    // Worst first: a stream that cannot collect is never hidden behind a healthy one.
    private static readonly string[] Severity =
    [
        StreamStates.Blocked, StreamStates.Failing, StreamStates.Interrupted, StreamStates.Stale, StreamStates.Throttled,
        StreamStates.Pending, StreamStates.Collecting, StreamStates.Healthy,
    ];

    public static string WorstOf(IEnumerable<string> states)
    {
        var present = states.Where(s => s != StreamStates.Disabled).ToHashSet();
        return Severity.FirstOrDefault(present.Contains) ?? StreamStates.Disabled;
    }
}
