using HomeBase.Core.Search;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>A Defender XDR alert (<c>/security/alerts_v2</c>): Defender for Endpoint, Defender for Identity and others; updated in place.</summary>
public sealed class AlertRecord : IngestedRecord
{
    public string? Title { get; set; }

    /// <summary>The title as search finds it (<see cref="SearchKeys"/>); written with the record, never set.</summary>
    [SearchKey]
    public string? SearchTitle { get => SearchKeys.Of(Title); private set { } }

    public string? Severity { get; set; }

    public string? Status { get; set; }

    public string? Classification { get; set; }

    public string? Determination { get; set; }

    /// <summary>The product that raised it: <c>microsoftDefenderForEndpoint</c>, <c>microsoftDefenderForIdentity</c>…</summary>
    public string? ServiceSource { get; set; }

    public string? DetectionSource { get; set; }

    /// <summary>
    /// The alert's categories (ATT&amp;CK tactics such as <c>LateralMovement</c>), comma-separated: Microsoft's
    /// <c>categories</c>, or the deprecated single <c>category</c> where an alert carries only that.
    /// </summary>
    public string? Categories { get; set; }

    public string? IncidentId { get; set; }

    public string? AssignedTo { get; set; }

    /// <summary>MITRE technique ids, comma-separated.</summary>
    public string? MitreTechniques { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUpdateAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>The user principal names in the evidence, lower-cased and wrapped in semicolons (<c>;a@x;b@y;</c>) so one can be matched exactly.</summary>
    public string? UserPrincipalNames { get; set; }

    /// <summary>
    /// The Entra object ids (<c>azureAdUserId</c>) in the evidence, wrapped like <see cref="UserPrincipalNames"/>:
    /// an on-premises account can come with its object id and no UPN, and is still that person.
    /// </summary>
    public string? UserIds { get; set; }

    /// <summary>The Defender device ids named in the evidence, wrapped like <see cref="UserPrincipalNames"/>.</summary>
    public string? DeviceIds { get; set; }

    /// <summary>
    /// The DNS names of the devices in the evidence, wrapped like <see cref="UserPrincipalNames"/>: a domain controller that
    /// Defender for Identity names often has no Defender for Endpoint id, so its name is how it is counted.
    /// </summary>
    public string? DeviceNames { get; set; }

    /// <summary>
    /// The accounts in the evidence, wrapped like <see cref="UserPrincipalNames"/>, each by the best name Microsoft sent:
    /// the user principal name, else the on-premises <c>DOMAIN\sam</c>, else the Entra object id.
    /// </summary>
    public string? Accounts { get; set; }

    /// <summary>The evidence for the alert's page, as compact JSON (<see cref="AlertEvidence"/>).</summary>
    public string? Evidence { get; set; }

    /// <summary>Wraps values for <see cref="UserPrincipalNames"/> and <see cref="DeviceIds"/>; null when there are none.</summary>
    public static string? Wrap(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!.ToLowerInvariant()).Distinct().ToList();
        return distinct.Count == 0 ? null : ";" + string.Join(';', distinct) + ";";
    }

    /// <summary>The category list as people read it.</summary>
    public static string? ShowCategories(string? categories) => categories?.Replace(",", ", ", StringComparison.Ordinal);

    /// <summary>The values of a wrapped list (<see cref="Wrap"/>); none for null.</summary>
    public static string[] Unwrap(string? wrapped) => wrapped?.Trim(';').Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The pattern that finds one value in a wrapped list.</summary>
    public static string Match(string value) => "%;" + value.ToLowerInvariant() + ";%";

    public override DateTime? EventTime => LastUpdateAt;
}
