namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender Threat Intelligence's classification of a host (<c>security.hostReputation.classification</c>).</summary>
[MicrosoftEnum("microsoft.graph.security.hostReputationClassification")]
public static class HostReputationClassifications
{
    public const string Malicious = "malicious";
    public const string Suspicious = "suspicious";
    public const string Neutral = "neutral";
    public const string Unknown = "unknown";
}
