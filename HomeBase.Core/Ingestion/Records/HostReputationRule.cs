namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One reason Defender Threat Intelligence gives for a host's reputation (Graph <c>hostReputationRule</c>): an intel article
/// that names the host (its title in <see cref="Description"/>, the article in <see cref="RelatedDetailsUrl"/>), a name server,
/// a registrar, an address it resolves to.
/// </summary>
public sealed record HostReputationRule(string? Name, string? Description, string? Severity, string? RelatedDetailsUrl)
{
    /// <summary>The rule Microsoft names for an intel article that mentions the host (Microsoft's example on the reputation page).</summary>
    public const string IntelArticle = "Microsoft Defender Threat Intelligence Intel Article";

    public bool IsIntelArticle => string.Equals(Name, IntelArticle, StringComparison.OrdinalIgnoreCase);
}
