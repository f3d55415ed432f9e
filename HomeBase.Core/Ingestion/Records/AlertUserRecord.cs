namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A person an alert's evidence names, one row per alert and key (source id <c>{alertId}|{key}</c>), where the key
/// is the person's user principal name or Entra object id: finds a person's alerts by index instead of searching
/// every alert's evidence. The alert itself stays the truth: a reader checks the alert still names them.
/// </summary>
public sealed class AlertUserRecord : IngestedRecord
{
    public required string AlertId { get; set; }

    /// <summary>A user principal name or an Entra object id, lower-cased as in <see cref="AlertRecord.UserPrincipalNames"/>.</summary>
    public required string UserKey { get; set; }

    /// <summary>The alert's creation time, so that a person's alerts of a period are one index range.</summary>
    public DateTime CreatedAt { get; set; }

    public static IEnumerable<AlertUserRecord> Of(AlertRecord alert) =>
        AlertRecord.Unwrap(alert.UserPrincipalNames).Concat(AlertRecord.Unwrap(alert.UserIds)).Distinct().Select(key => new AlertUserRecord
        {
            SourceId = $"{alert.SourceId}|{key}", AlertId = alert.SourceId, UserKey = key, CreatedAt = alert.CreatedAt,
        });
}
