using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

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
        var category = a.Str("category");
        var activity = a.Str("activityDisplayName");
        var result = a.Str("result");
        var change = DirectoryChangeClassifier.Classify(category, activity, result, Modifications(a));
        return new DirectoryAuditRecord
        {
            SourceId = a.Str("id")!,
            ActivityAt = a.Time("activityDateTime") ?? default,
            Category = category,
            ActivityDisplayName = activity,
            OperationType = a.Str("operationType"),
            Result = result,
            InitiatedBy = a.Get("initiatedBy").Get("user").Str("userPrincipalName") ?? a.Get("initiatedBy").Get("app").Str("displayName"),
            // A user target often has only its principal name (Microsoft's own example has a null displayName).
            TargetDisplayName = target.Str("displayName") ?? target.Str("userPrincipalName"),
            TargetType = target.Str("type"),
            TargetId = target.Str("id"),
            CorrelationId = a.Str("correlationId"),
            Area = change.Area,
            Signal = change.Signal,
            RoleName = change.RoleName,
        };
    }

    /// <summary>Every target's modified properties: a role change names the role on the user it targets.</summary>
    private static List<AuditModification> Modifications(JsonElement audit)
    {
        var modified = new List<AuditModification>();
        if (audit.Get("targetResources") is not { ValueKind: JsonValueKind.Array } targets) return modified;
        foreach (var target in targets.EnumerateArray())
        {
            if (target.Get("modifiedProperties") is not { ValueKind: JsonValueKind.Array } properties) continue;
            modified.AddRange(properties.EnumerateArray().Select(p => new AuditModification(p.Str("displayName"), p.Str("oldValue"), p.Str("newValue"))));
        }
        return modified;
    }
}
