using System.Buffers;
using System.Text;
using System.Text.Json;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Azure.Connectors;

/// <summary><c>/auditLogs/signIns</c> on <c>createdDateTime</c>, with Conditional Access outcomes per policy.</summary>
internal sealed class SignInsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<SignInRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.SignIns;

    protected override string Path => "auditLogs/signIns";

    protected override string WatermarkField => "createdDateTime";

    protected override int MaxTop => 1000;

    protected override SignInRecord Map(JsonElement s) => new()
    {
        SourceId = s.Str("id")!,
        CreatedAt = s.Time("createdDateTime") ?? default,
        UserId = s.Str("userId"),
        UserPrincipalName = s.Str("userPrincipalName"),
        AppDisplayName = s.Str("appDisplayName"),
        ClientAppUsed = s.Str("clientAppUsed"),
        IpAddress = s.Str("ipAddress"),
        City = s.Get("location").Str("city"),
        CountryOrRegion = s.Get("location").Str("countryOrRegion"),
        ErrorCode = s.Get("status").Int("errorCode"),
        FailureReason = s.Get("status").Str("failureReason"),
        ConditionalAccessStatus = s.Str("conditionalAccessStatus"),
        // Absent (not empty) without Policy.Read.All: stored as null so "no policy applied" is never implied.
        AppliedConditionalAccessPolicies = s.Get("appliedConditionalAccessPolicies") is { ValueKind: JsonValueKind.Array } policies ? Policies(policies) : null,
        RiskLevelDuringSignIn = s.Str("riskLevelDuringSignIn"),
        RiskState = s.Str("riskState"),
    };

    /// <summary>The applied policies as stored: <c>[{id, display_name, result}]</c>.</summary>
    private static string Policies(JsonElement policies)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var p in policies.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
            {
                writer.WriteStartObject();
                // The result right after the id, so that "blocked by policy X" is one exact LIKE pattern.
                writer.WriteString("id", p.Str("id"));
                writer.WriteString("result", p.Str("result"));
                writer.WriteString("display_name", p.Str("displayName"));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary><c>/auditLogs/directoryAudits</c> on <c>activityDateTime</c>.</summary>
internal sealed class DirectoryAuditsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<DirectoryAuditRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.DirectoryAudits;

    protected override string Path => "auditLogs/directoryAudits";

    protected override string WatermarkField => "activityDateTime";

    protected override int MaxTop => 1000;

    protected override DirectoryAuditRecord Map(JsonElement a)
    {
        var target = a.First("targetResources");
        return new DirectoryAuditRecord
        {
            SourceId = a.Str("id")!,
            ActivityAt = a.Time("activityDateTime") ?? default,
            Category = a.Str("category"),
            ActivityDisplayName = a.Str("activityDisplayName"),
            OperationType = a.Str("operationType"),
            Result = a.Str("result"),
            InitiatedBy = a.Get("initiatedBy").Get("user").Str("userPrincipalName") ?? a.Get("initiatedBy").Get("app").Str("displayName"),
            TargetDisplayName = target.Str("displayName"),
            TargetType = target.Str("type"),
            CorrelationId = a.Str("correlationId"),
        };
    }
}

/// <summary><c>/identityProtection/riskyUsers</c> on <c>riskLastUpdatedDateTime</c>; the first run reads every risky user.</summary>
internal sealed class RiskyUsersConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<RiskyUserRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.RiskyUsers;

    protected override string Path => "identityProtection/riskyUsers";

    protected override string WatermarkField => "riskLastUpdatedDateTime";

    protected override bool BackfillWindow => false;

    protected override int MaxTop => 500;

    protected override RiskyUserRecord Map(JsonElement u) => new()
    {
        SourceId = u.Str("id")!,
        UserDisplayName = u.Str("userDisplayName"),
        UserPrincipalName = u.Str("userPrincipalName"),
        RiskLevel = u.Str("riskLevel"),
        RiskState = u.Str("riskState"),
        RiskDetail = u.Str("riskDetail"),
        RiskLastUpdatedAt = u.Time("riskLastUpdatedDateTime"),
    };
}

/// <summary><c>/identityProtection/riskDetections</c> on <c>lastUpdatedDateTime</c>.</summary>
internal sealed class RiskDetectionsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<RiskDetectionRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.RiskDetections;

    protected override string Path => "identityProtection/riskDetections";

    protected override string WatermarkField => "lastUpdatedDateTime";

    protected override int MaxTop => 500;

    protected override RiskDetectionRecord Map(JsonElement d) => new()
    {
        SourceId = d.Str("id")!,
        RiskEventType = d.Str("riskEventType"),
        RiskLevel = d.Str("riskLevel"),
        RiskState = d.Str("riskState"),
        UserId = d.Str("userId"),
        UserPrincipalName = d.Str("userPrincipalName"),
        IpAddress = d.Str("ipAddress"),
        CountryOrRegion = d.Get("location").Str("countryOrRegion"),
        DetectedAt = d.Time("detectedDateTime"),
        LastUpdatedAt = d.Time("lastUpdatedDateTime"),
    };
}

/// <summary>
/// <c>/security/alerts_v2</c>: the first run backfills by <c>createdDateTime</c>, later runs follow
/// <c>lastUpdateDateTime</c> so triaged and resolved alerts are updated in place.
/// </summary>
internal sealed class AlertsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<AlertRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.Alerts;

    protected override string Path => "security/alerts_v2";

    protected override string WatermarkField => "lastUpdateDateTime";

    protected override string BackfillField => "createdDateTime";

    protected override int MaxTop => 2000;

    /// <summary>The people each alert names, indexed for their User 360 page.</summary>
    protected override IEnumerable<RecordBatch> Alongside(IReadOnlyList<AlertRecord> records) =>
        [RecordBatch.UpsertUncounted([.. records.SelectMany(AlertUserRecord.Of)])];

    protected override AlertRecord Map(JsonElement a)
    {
        var evidence = AlertEvidenceReader.Read(a.Get("evidence"));
        return new()
        {
            SourceId = a.Str("id")!,
            Title = a.Str("title"),
            Severity = a.Str("severity"),
            Status = a.Str("status"),
            Classification = a.Str("classification"),
            Determination = a.Str("determination"),
            ServiceSource = a.Str("serviceSource"),
            DetectionSource = a.Str("detectionSource"),
            Category = a.Str("category"),
            IncidentId = a.Str("incidentId"),
            AssignedTo = a.Str("assignedTo"),
            MitreTechniques = a.Joined("mitreTechniques"),
            CreatedAt = a.Time("createdDateTime") ?? default,
            LastUpdateAt = a.Time("lastUpdateDateTime") ?? a.Time("createdDateTime") ?? default,
            ResolvedAt = a.Time("resolvedDateTime"),
            UserPrincipalNames = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.User).Select(e => e.Name)),
            DeviceIds = AlertRecord.Wrap(evidence.Where(e => e.Kind == AlertEvidence.Device).Select(e => e.Id)),
            Evidence = evidence.Count == 0 ? null : AlertEvidence.Serialize(evidence),
        };
    }
}
