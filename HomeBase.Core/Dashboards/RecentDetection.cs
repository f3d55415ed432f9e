using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record RecentDetection(string? Type, string? Level, DateTime? DetectedAt);
