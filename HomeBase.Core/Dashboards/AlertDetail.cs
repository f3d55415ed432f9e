using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>One alert with its evidence: who, which devices, which files.</summary>
public sealed record AlertDetail(AlertRecord Alert, string IntegrationName, IReadOnlyList<AlertEvidence> Evidence, IReadOnlyList<string> Techniques);
