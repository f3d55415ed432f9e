namespace HomeBase.Core.Ingestion.Values;

/// <summary>Identity Protection's risk levels (risky users, risk detections, sign-ins).</summary>
[MicrosoftEnum("microsoft.graph.riskLevel")]
public static class RiskLevels
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
}
