namespace HomeBase.Core.Ingestion.Values;

/// <summary>Identity Protection's risk states: a user is at risk while atRisk or confirmedCompromised.</summary>
[MicrosoftEnum("microsoft.graph.riskState")]
public static class RiskStates
{
    public const string AtRisk = "atRisk";
    public const string ConfirmedCompromised = "confirmedCompromised";

    public static readonly string[] Risky = [AtRisk, ConfirmedCompromised];
}
