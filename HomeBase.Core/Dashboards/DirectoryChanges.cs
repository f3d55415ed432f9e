namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Directory changes page: who changed what in Entra ID in the range, by area and initiator, with the
/// high-signal changes (new Global Administrators, credentials added to apps, policies turned off) listed one by one.
/// </summary>
public sealed record DirectoryChanges(
    Coverage Coverage, IReadOnlyList<Count> Headlines, IReadOnlyList<Count> Signals, IReadOnlyList<Count> Areas, IReadOnlyList<Count> Initiators,
    IReadOnlyList<DirectoryChangeEntry> Flagged);
