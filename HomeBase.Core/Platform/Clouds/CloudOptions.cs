namespace HomeBase.Core.Platform.Clouds;

/// <summary>
/// <c>Azure:Clouds:&lt;name&gt;</c>: a cloud's settings. For a preset, the fields given override the
/// preset's; a new name needs every field but <c>DefenderEndpoint</c> and <c>CaCertificatePath</c>.
/// </summary>
public sealed class CloudOptions
{
    public string? DisplayName { get; set; }

    public string? AuthorityHost { get; set; }

    public string? GraphEndpoint { get; set; }

    public string? ResourceManagerEndpoint { get; set; }

    public string? ResourceManagerAudience { get; set; }

    public string? DefenderEndpoint { get; set; }

    /// <summary>
    /// The App ID URI the Defender for Endpoint token is requested for, apart from the host the API is called on:
    /// Microsoft's global API answers on <c>api.security.microsoft.com</c> and regional hosts (<c>eu.</c>, <c>us.</c>…)
    /// while the scope stays <c>https://api.securitycenter.microsoft.com/.default</c>. Unset: the endpoint's own host.
    /// </summary>
    public string? DefenderAudience { get; set; }

    /// <summary>
    /// The Defender for Endpoint API's regional host, with <c>{region}</c> where the region goes
    /// (<c>https://{region}.api.security.microsoft.com</c>); unset where the cloud has no regional hosts, and then an
    /// integration cannot choose one.
    /// </summary>
    public string? DefenderRegionalEndpoint { get; set; }

    public string? PortalUrl { get; set; }

    /// <summary>A PEM file of a CA to trust for this cloud's hosts only (a proxy, a private endpoint, the sandbox).</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>These settings as configuration keys under <c>Azure:Clouds:&lt;name&gt;</c>, for an in-memory source.</summary>
    public IReadOnlyDictionary<string, string?> ToConfiguration(string name)
    {
        var prefix = $"{AzureOptions.SectionName}:Clouds:{name}:";
        return new Dictionary<string, string?>
        {
            [prefix + nameof(DisplayName)] = DisplayName,
            [prefix + nameof(AuthorityHost)] = AuthorityHost,
            [prefix + nameof(GraphEndpoint)] = GraphEndpoint,
            [prefix + nameof(ResourceManagerEndpoint)] = ResourceManagerEndpoint,
            [prefix + nameof(ResourceManagerAudience)] = ResourceManagerAudience,
            [prefix + nameof(DefenderEndpoint)] = DefenderEndpoint,
            [prefix + nameof(DefenderAudience)] = DefenderAudience,
            [prefix + nameof(DefenderRegionalEndpoint)] = DefenderRegionalEndpoint,
            [prefix + nameof(PortalUrl)] = PortalUrl,
            [prefix + nameof(CaCertificatePath)] = CaCertificatePath,
        };
    }
}
