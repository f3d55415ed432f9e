namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender for Endpoint's risk score of a machine (<c>machine.riskScore</c>), worst first.</summary>
[MicrosoftEnum("mde.machine.riskScore")]
public static class MachineRiskScores
{
    public const string High = "High";
    public const string Medium = "Medium";
    public const string Low = "Low";
    public const string Informational = "Informational";
    public const string None = "None";
}
