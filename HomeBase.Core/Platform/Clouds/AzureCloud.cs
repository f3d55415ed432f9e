namespace HomeBase.Core.Platform.Clouds;

/// <summary>
/// One cloud's endpoints. Connectors take every URL from here: nothing else names a Microsoft host.
/// </summary>
public sealed record AzureCloud(
    string Name,
    string DisplayName,
    Uri AuthorityHost,
    Uri GraphEndpoint,
    Uri ResourceManagerEndpoint,
    string ResourceManagerAudience,
    Uri? DefenderEndpoint,
    Uri PortalUrl,
    string? CaCertificatePath,
    Uri? DefenderAudience = null,
    string? DefenderRegionalEndpoint = null)
{
    /// <summary>The token placeholder in <see cref="DefenderRegionalEndpoint"/>.</summary>
    public const string RegionPlaceholder = "{region}";

    /// <summary>Whether an integration in this cloud can choose a regional Defender for Endpoint host.</summary>
    public bool HasDefenderRegions => DefenderEndpoint is not null && DefenderRegionalEndpoint is not null;

    /// <summary>
    /// This cloud as an integration that chose <paramref name="region"/> sees it: the Defender for Endpoint API on
    /// the regional host, the token scope unchanged. No region, or a cloud without regional hosts: this cloud.
    /// </summary>
    public AzureCloud ForDefenderRegion(string? region) =>
        string.IsNullOrEmpty(region) || !HasDefenderRegions
            ? this
            : this with { DefenderEndpoint = RegionalDefenderEndpoint(region), DefenderAudience = DefenderAudience ?? DefenderEndpoint };

    /// <summary>
    /// The hosts a Defender for Endpoint next link may point at: the host called, the App ID URI's host (Microsoft's
    /// export examples page on api.securitycenter.microsoft.com) and every regional host; the token is for that audience.
    /// </summary>
    public IReadOnlyList<string> DefenderAuthorities =>
        DefenderEndpoint is null
            ? []
            : [.. new[] { DefenderEndpoint, DefenderAudience }
                .Concat(DefenderRegionalEndpoint is null ? [] : DefenderRegions.All.Select(RegionalDefenderEndpoint))
                .OfType<Uri>().Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private Uri RegionalDefenderEndpoint(string region) =>
        new(DefenderRegionalEndpoint!.Replace(RegionPlaceholder, region.Trim().ToLowerInvariant(), StringComparison.Ordinal));

    /// <summary>The client-credentials scope for Microsoft Graph in this cloud (its own Graph host).</summary>
    public string GraphScope => $"{GraphEndpoint.AbsoluteUri.TrimEnd('/')}/.default";

    /// <summary>
    /// The scope for the Defender for Endpoint API, from its audience when the cloud names one (the global API's
    /// hosts differ from its App ID URI), else from its host; null where the API does not exist.
    /// </summary>
    public string? DefenderScope => DefenderEndpoint is null ? null : $"{(DefenderAudience ?? DefenderEndpoint).AbsoluteUri.TrimEnd('/')}/.default";

    /// <summary>The scope for Azure Resource Manager.</summary>
    public string ResourceManagerScope => $"{ResourceManagerAudience.TrimEnd('/')}/.default";

    /// <summary>Graph's v1.0 base address.</summary>
    public Uri GraphV1 => new($"{GraphEndpoint.AbsoluteUri.TrimEnd('/')}/v1.0");
}
