namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// A Defender XDR incident (<c>microsoft.graph.security.incident</c>): the alerts Microsoft correlated into one attack, with
/// its status, severity, owner and verdict. Its alerts are the stored alerts whose <c>incidentId</c> is its id.
/// </summary>
public sealed class IncidentRecord : IngestedRecord
{
    public string? DisplayName { get; set; }

    /// <summary><c>informational</c>, <c>low</c>, <c>medium</c>, <c>high</c> (the schema's camelCase whatever the case sent).</summary>
    public string? Severity { get; set; }

    /// <summary><c>active</c>, <c>inProgress</c>, <c>awaitingAction</c>, <c>resolved</c>, <c>redirected</c>.</summary>
    public string? Status { get; set; }

    public string? Classification { get; set; }

    public string? Determination { get; set; }

    public string? AssignedTo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUpdateAt { get; set; }

    public string? IncidentWebUrl { get; set; }

    /// <summary>The incident this one was merged into; null unless the status is <c>redirected</c>.</summary>
    public string? RedirectIncidentId { get; set; }

    public string? Description { get; set; }

    public string? CustomTags { get; set; }

    public string? SystemTags { get; set; }

    public override DateTime? EventTime => LastUpdateAt;
}
