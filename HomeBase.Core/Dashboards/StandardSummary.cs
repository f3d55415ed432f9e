using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record StandardSummary(string Name, long Passed, long Failed, long Skipped, string FailedHref, string Href);
