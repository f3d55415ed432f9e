namespace HomeBase.Core.Ingestion;

/// <summary>
/// One stream of an integration as shown to people and the API: its state and the figures behind it, and while its
/// first sync runs, how far it has come (<paramref name="FirstSync"/>).
/// </summary>
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
    string? BlockedReason,
    FirstSyncProgress? FirstSync = null);
