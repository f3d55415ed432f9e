using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards;

/// <summary>One alert with its evidence: who, which devices, which files.</summary>
public sealed record AlertDetail(AlertRecord Alert, string IntegrationName, IReadOnlyList<AlertEvidence> Evidence, IReadOnlyList<string> Techniques);
