namespace HomeBase.Core.Dashboards;

public sealed record Series(string Name, IReadOnlyList<long> Values, string Href);
