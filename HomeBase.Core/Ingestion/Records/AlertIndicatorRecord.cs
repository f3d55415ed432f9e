using System.Security.Cryptography;
using System.Text;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One sighting of an indicator (an IP address, a domain, a URL or a file hash) in an alert's evidence: one row per alert
/// and indicator, written with the alert, so that the Indicators page and an indicator's alerts are index ranges instead
/// of a search through every alert's evidence. The alert itself stays the truth.
/// </summary>
public sealed class AlertIndicatorRecord : IngestedRecord
{
    public const string Ip = "ip";
    public const string Domain = "domain";
    public const string Url = "url";
    public const string FileHash = "file_hash";

    public static readonly string[] Kinds = [Ip, Domain, Url, FileHash];

    /// <summary>Short enough to be an index key on every provider (SQL Server allows 1,700 bytes); a longer URL is cut with a marker.</summary>
    public const int ValueMaxLength = 760;

    public required string AlertId { get; set; }

    /// <summary><see cref="Ip"/>, <see cref="Domain"/>, <see cref="Url"/> or <see cref="FileHash"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The indicator as Microsoft sent it; domains and hashes lower-cased, since they match without case.</summary>
    public required string Value { get; set; }

    /// <summary>Microsoft's verdict on this piece of evidence (<c>malicious</c>, <c>suspicious</c>, <c>noThreatsFound</c>…).</summary>
    public string? Verdict { get; set; }

    /// <summary>The alert's creation time: when the indicator was seen.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The indicators an alert's evidence names, each once.</summary>
    public static IEnumerable<AlertIndicatorRecord> Of(AlertRecord alert) =>
        AlertEvidence.Parse(alert.Evidence)
            .Select(e => (Indicator: IndicatorOf(e), e.Verdict))
            .Where(i => i.Indicator is not null)
            .DistinctBy(i => i.Indicator)
            .Select(i => new AlertIndicatorRecord
            {
                // A URL can be longer than a source id: the key carries a digest of the value, the row the value itself.
                SourceId = $"{alert.SourceId}|{i.Indicator!.Value.Kind}|{Digest(i.Indicator.Value.Value)}",
                AlertId = alert.SourceId, Kind = i.Indicator.Value.Kind, Value = i.Indicator.Value.Value, Verdict = i.Verdict, CreatedAt = alert.CreatedAt,
            });

    /// <summary>The indicator a piece of evidence is, as stored; null for evidence that is none (a user, a device, a process).</summary>
    public static (string Kind, string Value)? IndicatorOf(AlertEvidence evidence)
    {
        var kind = KindOf(evidence.Kind);
        var value = Normalize(kind, evidence.Kind == AlertEvidence.File ? evidence.Id : evidence.Name);
        return kind is null || value is null ? null : (kind, value);
    }

    private static string? KindOf(string evidenceKind) => evidenceKind switch
    {
        AlertEvidence.Ip => Ip,
        AlertEvidence.Domain => Domain,
        AlertEvidence.Url => Url,
        AlertEvidence.File or AlertEvidence.FileHash => FileHash,
        _ => null,
    };

    /// <summary>How an indicator is kept and looked up: trimmed; domains and hashes without case.</summary>
    public static string? Normalize(string? kind, string? value) =>
        value?.Trim() is not { Length: > 0 } trimmed ? null
        : kind is Domain or FileHash ? trimmed.TrimEnd('.').ToLowerInvariant()
        : trimmed;

    private static string Digest(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..24];
}
