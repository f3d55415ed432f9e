namespace HomeBase.Core.Ingestion;

/// <summary>The states of docs/specification.md §5.</summary>
public static class StreamStates
{
    public const string Pending = "pending";
    public const string Collecting = "collecting";
    public const string Healthy = "healthy";
    public const string Throttled = "throttled";
    public const string Blocked = "blocked";
    public const string Failing = "failing";
    public const string Stale = "stale";

    /// <summary>The last run stopped without finishing (its process was killed or crashed); the next run takes over.</summary>
    public const string Interrupted = "interrupted";
    public const string Disabled = "disabled";
}
