namespace HomeBase.Core.Ingestion.Streams;

/// <summary>A licence a stream depends on.</summary>
public enum Licence
{
    None,
    EntraP1,
    EntraP2,
    DefenderForEndpoint,
    DefenderVulnerabilityManagement,
    DefenderForIdentity,
    DefenderThreatIntelligence,
}
