using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>A user Identity Protection flags, with their latest detections.</summary>
public sealed record RiskyPerson(string Name, string? RiskLevel, string? RiskState, DateTime? UpdatedAt, string Href, IReadOnlyList<RecentDetection> Detections);
