namespace HomeBase.Core.Ingestion.Values;

/// <summary>A Defender XDR incident's status (<c>microsoft.graph.security.incidentStatus</c>); open is anything not closed.</summary>
[MicrosoftEnum("microsoft.graph.security.incidentStatus")]
public static class IncidentStatuses
{
    public const string Active = "active";
    public const string InProgress = "inProgress";
    public const string AwaitingAction = "awaitingAction";
    public const string Resolved = "resolved";
    public const string Redirected = "redirected";

    public static readonly string[] Open = [Active, InProgress, AwaitingAction];
}
