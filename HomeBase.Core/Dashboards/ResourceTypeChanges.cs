namespace HomeBase.Core.Dashboards;

public sealed record ResourceTypeChanges(string ResourceType, long Writes, long Deletes, string WritesHref, string DeletesHref);
