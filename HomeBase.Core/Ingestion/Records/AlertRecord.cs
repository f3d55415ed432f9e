namespace HomeBase.Core.Ingestion.Records;

/// <summary>A Defender XDR alert (<c>/security/alerts_v2</c>): Defender for Endpoint, Defender for Identity and others; updated in place.</summary>
public sealed class AlertRecord : IngestedRecord
{
    public string? Title { get; set; }

    public string? Severity { get; set; }

    public string? Status { get; set; }

    public string? Classification { get; set; }

    public string? Determination { get; set; }

    /// <summary>The product that raised it: <c>microsoftDefenderForEndpoint</c>, <c>microsoftDefenderForIdentity</c>…</summary>
    public string? ServiceSource { get; set; }

    public string? DetectionSource { get; set; }

    public string? Category { get; set; }

    public string? IncidentId { get; set; }

    public string? AssignedTo { get; set; }

    /// <summary>MITRE technique ids, comma-separated.</summary>
    public string? MitreTechniques { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUpdateAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public override DateTime? EventTime => LastUpdateAt;
}
