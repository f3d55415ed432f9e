using HomeBase.Core.Integrations;

namespace HomeBase.Core.Ingestion.Streams;

/// <summary>
/// One data stream of docs/specification.md §3: the unit of scheduling, cursor and health. Any one of
/// <see cref="Permissions"/> (least privileged first) reads it, together with every one of <see cref="AlsoRequires"/>
/// where Microsoft documents a permission as needed beside it. <see cref="RunsAfter"/> names the stream whose records this one
/// reads (threat intelligence looks up the hosts the alerts stored): the scheduler runs it only once that stream has succeeded,
/// and not while that one runs.
/// </summary>
public sealed record StreamDefinition(
    string Name,
    string DisplayName,
    string Toggle,
    AzureApi Api,
    IReadOnlyList<string> Permissions,
    Licence Licence,
    TimeSpan DefaultInterval,
    string Unlocks,
    IReadOnlyList<string>? AlsoRequired = null,
    string? RunsAfter = null)
{
    /// <summary>Permissions needed beside one of <see cref="Permissions"/> (directory audits: Directory.Read.All).</summary>
    public IReadOnlyList<string> AlsoRequires => AlsoRequired ?? [];

    /// <summary>The permission to ask for when none is granted: the least privileged one.</summary>
    public string? LeastPermission => Permissions.Count > 0 ? Permissions[0] : null;

    public bool IsEnabledBy(IntegrationConfig config) => Toggle switch
    {
        StreamToggles.EntraId => config.IngestEntraId,
        StreamToggles.Defender => config.IngestDefender,
        StreamToggles.ActivityLogs => config.IngestActivityLogs,
        StreamToggles.DefenderForCloud => config.IngestDefenderForCloud,
        _ => false,
    };
}
