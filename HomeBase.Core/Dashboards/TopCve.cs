using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record TopCve(string CveId, string? Severity, double? Cvss, long Machines, string Href);
