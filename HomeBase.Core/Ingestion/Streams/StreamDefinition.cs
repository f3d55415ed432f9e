using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;

namespace HomeBase.Core.Ingestion.Streams;

/// <summary>Which API a stream reads, and so which token it needs.</summary>
public enum AzureApi
{
    Graph,
    Defender,
    ResourceManager,
}

/// <summary>A licence a stream depends on.</summary>
public enum Licence
{
    None,
    EntraP1,
    EntraP2,
    DefenderForEndpoint,
    DefenderVulnerabilityManagement,
}

/// <summary>One data stream of docs/specification.md §3: the unit of scheduling, cursor and health.</summary>
public sealed record StreamDefinition(
    string Name,
    string DisplayName,
    string Toggle,
    AzureApi Api,
    IReadOnlyList<string> Permissions,
    Licence Licence,
    TimeSpan DefaultInterval,
    string Unlocks)
{
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

public static class StreamToggles
{
    public const string EntraId = "ingest_entra_id";
    public const string Defender = "ingest_defender";
    public const string ActivityLogs = "ingest_activity_logs";
    public const string DefenderForCloud = "ingest_defender_for_cloud";
}
