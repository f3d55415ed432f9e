namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A person an alert's evidence names, one row per alert and user (source id <c>{alertId}|{upn}</c>): finds a
/// person's alerts by index instead of searching every alert's evidence. The alert itself stays the truth: a
/// reader checks the alert still names them.
/// </summary>
public sealed class AlertUserRecord : IngestedRecord
{
    public required string AlertId { get; set; }

    /// <summary>Lower-cased, as in <see cref="AlertRecord.UserPrincipalNames"/>.</summary>
    public required string UserPrincipalName { get; set; }

    /// <summary>The alert's creation time, so that a person's alerts of a period are one index range.</summary>
    public DateTime CreatedAt { get; set; }

    public static IEnumerable<AlertUserRecord> Of(AlertRecord alert) =>
        (alert.UserPrincipalNames?.Trim(';').Split(';', StringSplitOptions.RemoveEmptyEntries) ?? []).Select(upn => new AlertUserRecord
        {
            SourceId = $"{alert.SourceId}|{upn}", AlertId = alert.SourceId, UserPrincipalName = upn, CreatedAt = alert.CreatedAt,
        });
}
