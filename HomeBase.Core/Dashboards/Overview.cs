namespace HomeBase.Core.Dashboards;

public sealed record Overview(IReadOnlyList<IntegrationOverview> Integrations, IReadOnlyList<Headline> Headlines, DateTime From, DateTime To);
