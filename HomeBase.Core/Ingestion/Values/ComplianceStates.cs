namespace HomeBase.Core.Ingestion.Values;

/// <summary>A regulatory compliance standard's or control's state.</summary>
[MicrosoftEnum("regulatoryCompliance/state")]
public static class ComplianceStates
{
    public const string Failed = "Failed";
}
