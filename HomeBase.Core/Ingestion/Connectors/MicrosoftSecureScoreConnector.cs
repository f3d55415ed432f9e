using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Microsoft Secure Score (docs/microsoft-apis.md §2.13): <c>security/secureScores?$top=90</c>, one score per day (the
/// trend), then <c>security/secureScoreControlProfiles</c>, every control with what the newest day's
/// <c>controlScores</c> gives the tenant of it. Both pages document <c>$count</c>, <c>$filter</c>, <c>$skip</c> and <c>$top</c>;
/// both lists are short and read whole every run, so there is nothing to resume.
/// </summary>
internal sealed class MicrosoftSecureScoreConnector(PageFetcher fetcher) : IStreamConnector
{
    /// <summary>The last 90 days: Microsoft's own Secure Score history chart goes back as far.</summary>
    public const string ScoresUrl = "security/secureScores?$top=90";
    public const string ControlsUrl = "security/secureScoreControlProfiles";

    public string Stream => StreamCatalog.MicrosoftSecureScore;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The newest day's points per control, by controlName (the control profile's id).
        var newest = (At: DateTime.MinValue, Scores: new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase));
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, ScoresUrl, cancellationToken))
        {
            var days = page.Items().Select(Day).ToList();
            foreach (var (record, json) in days)
            {
                if (record.CreatedAt <= newest.At) continue;
                newest = (record.CreatedAt, ControlScores(json));
            }
            yield return new IngestionPage([RecordBatch.Upsert([.. days.Select(d => d.Record)])], null, null);
        }
        await foreach (var page in fetcher.GetAllPagesAsync(context.Client, AzureApi.Graph, ControlsUrl, cancellationToken))
        {
            yield return new IngestionPage([RecordBatch.Upsert([.. page.Items().Select(c => Control(c, newest.Scores))])], null, null);
        }
        // Both lists were read to the end: a control no longer listed is gone, and so is a day older than the 90 listed.
        yield return new IngestionPage(
            [RecordBatch.DeleteUnseenSince<SecureScoreControlRecord>(context.Now), RecordBatch.DeleteUnseenSince<MicrosoftSecureScoreRecord>(context.Now)], null, null);
    }

    private static (MicrosoftSecureScoreRecord Record, JsonObject Json) Day(JsonObject day) => (new MicrosoftSecureScoreRecord
    {
        SourceId = day.Str("id")!,
        CreatedAt = day.Time("createdDateTime") ?? DateTime.MinValue,
        CurrentScore = day.Double("currentScore") ?? 0,
        MaxScore = day.Double("maxScore") ?? 0,
        AllTenantsAverage = day.Get("averageComparativeScores") is JsonArray comparisons
            ? comparisons.OfType<JsonObject>().Where(c => c.Str("basis") == "AllTenants").Select(c => c.Double("averageScore")).FirstOrDefault()
            : null,
        ActiveUserCount = day.Double("activeUserCount") is { } active ? (int)active : null,
        LicensedUserCount = day.Double("licensedUserCount") is { } licensed ? (int)licensed : null,
        EnabledServices = day.Joined("enabledServices"),
    }, day);

    private static Dictionary<string, double?> ControlScores(JsonObject day)
    {
        var scores = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        if (day.Get("controlScores") is not JsonArray controls) return scores;
        foreach (var control in controls.OfType<JsonObject>())
        {
            if (control.Str("controlName") is { } name) scores[name] = control.Double("score");
        }
        return scores;
    }

    private static SecureScoreControlRecord Control(JsonObject control, IReadOnlyDictionary<string, double?> scores)
    {
        var id = control.Str("id")!;
        // The tenant's latest marking of the control, by its update time.
        var state = control.Get("controlStateUpdates") is JsonArray updates
            ? updates.OfType<JsonObject>().OrderBy(u => u.Time("updatedDateTime") ?? DateTime.MinValue).Select(u => u.Str("state")).LastOrDefault()
            : null;
        return new SecureScoreControlRecord
        {
            SourceId = id,
            Title = control.Str("title"),
            ControlCategory = control.Str("controlCategory"),
            Service = control.Str("service"),
            MaxScore = control.Double("maxScore"),
            Score = scores.TryGetValue(id, out var score) ? score : null,
            Rank = control.Double("rank") is { } rank ? (int)rank : null,
            ActionType = control.Str("actionType"),
            ActionUrl = control.Str("actionUrl"),
            Remediation = control.Str("remediation"),
            RemediationImpact = control.Str("remediationImpact"),
            ImplementationCost = control.Str("implementationCost"),
            UserImpact = control.Str("userImpact"),
            Tier = control.Str("tier"),
            Threats = control.Joined("threats"),
            Deprecated = control.Bool("deprecated"),
            State = state,
            LastModifiedAt = control.Time("lastModifiedDateTime"),
        };
    }
}
