using HomeBase.Core.Dashboards.Records;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record ResourceTypeChanges(string ResourceType, long Writes, long Deletes, string WritesHref, string DeletesHref);
