using System.Net;
using System.Text.Json;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// Defender Threat Intelligence's reputation of one IP address or domain that alert evidence named (Graph
/// <c>security/threatIntelligence/hosts/{host}/reputation</c>): its classification, score and the rules behind them, among
/// which the intel articles that mention it. The host is the record's source id, as the sightings store it.
/// </summary>
public sealed class HostReputationRecord : IngestedRecord
{
    /// <summary><see cref="AlertIndicatorRecord.Ip"/> or <see cref="AlertIndicatorRecord.Domain"/>: the sightings' kinds.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="Values.HostReputationClassifications"/>; <c>unknown</c> too when Microsoft has no record of the host.</summary>
    public required string Classification { get; set; }

    /// <summary>0–100: the higher, the more likely suspicious or malicious. Null when Microsoft has no record of the host.</summary>
    public int? Score { get; set; }

    /// <summary>False when Defender Threat Intelligence answered 404 for the host: nothing is known about it.</summary>
    public bool Known { get; set; }

    /// <summary>The rules as JSON (<see cref="HostReputationRule"/>), in Microsoft's order.</summary>
    public string? Rules { get; set; }

    /// <summary>How many of the rules are intel articles that mention the host.</summary>
    public int ArticleCount { get; set; }

    /// <summary>When HomeBase last asked: a host is asked again once this is older than a day.</summary>
    public DateTime CheckedAt { get; set; }

    public const int RulesMaxLength = 8000;

    /// <summary>The stored rules; none if the column holds something else (a value cut to its size is no longer JSON).</summary>
    public IReadOnlyList<HostReputationRule> ReadRules()
    {
        if (Rules is null) return [];
        try
        {
            return JsonSerializer.Deserialize<List<HostReputationRule>>(Rules, RuleJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? WriteRules(IReadOnlyList<HostReputationRule> rules) => rules.Count == 0 ? null : JsonSerializer.Serialize(rules, RuleJson);

    /// <summary>The indicator kind of a host as the sightings write it: an address parses as one, anything else is a domain.</summary>
    public static string KindOf(string host) => IPAddress.TryParse(host, out _) ? AlertIndicatorRecord.Ip : AlertIndicatorRecord.Domain;

    private static readonly JsonSerializerOptions RuleJson = new(JsonSerializerDefaults.Web);
}
