namespace HomeBase.Core.Dashboards;

/// <summary>What a panel can show, from the streams behind it in the dashboard's integrations.</summary>
public sealed record Coverage(IReadOnlyList<StreamCoverage> Streams)
{
    /// <summary>At least one stream has completed a read: its numbers, even zeros, are real.</summary>
    public bool HasData => Streams.Any(s => s.HasSynced);

    /// <summary>Nothing can arrive: every stream behind the panel is blocked or turned off. Never show this as "all clear".</summary>
    public bool AllMissing => Streams.Count == 0 || Streams.All(s => s.Missing);

    /// <summary>Streams that are blocked or off while others feed the panel: its numbers are partial.</summary>
    public IReadOnlyList<StreamCoverage> Gaps => [.. Streams.Where(s => s.Missing)];
}
