namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender XDR alert statuses; an alert is open while new or in progress.</summary>
[MicrosoftEnum("microsoft.graph.security.alertStatus")]
public static class AlertStatuses
{
    public const string New = "new";
    public const string InProgress = "inProgress";
    public const string Resolved = "resolved";

    public static readonly string[] Open = [New, InProgress];
}
