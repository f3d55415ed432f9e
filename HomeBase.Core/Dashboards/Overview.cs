namespace HomeBase.Core.Dashboards;

/// <summary>
/// The overview: each integration's health, the headline counts, and the period's high-signal directory changes
/// (<see cref="DirectoryChangesToReview"/>: new Global Administrators, credentials added to apps, policies turned off).
/// </summary>
public sealed record Overview(IReadOnlyList<IntegrationOverview> Integrations, IReadOnlyList<Headline> Headlines, DateTime From, DateTime To,
    IReadOnlyList<Count> DirectoryChangesToReview);
