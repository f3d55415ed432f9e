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
