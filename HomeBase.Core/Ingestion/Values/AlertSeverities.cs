namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender XDR alert severities (<c>security.alert.severity</c>), worst first.</summary>
[MicrosoftEnum("microsoft.graph.security.alertSeverity")]
public static class AlertSeverities
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
    public const string Informational = "informational";

    public static readonly string[] WorstFirst = [High, Medium, Low, Informational];
}
