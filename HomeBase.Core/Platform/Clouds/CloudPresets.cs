namespace HomeBase.Core.Platform.Clouds;

/// <summary>
/// The built-in clouds (docs/microsoft-apis.md §8). The only place that names Microsoft's hosts; configuration
/// can override any field or add clouds.
/// </summary>
public static class CloudPresets
{
    public const string Global = "global";
    public const string UsGov = "usgov";
    public const string UsGovDod = "usgov_dod";
    public const string China = "china";
    public const string Sandbox = "sandbox";

    public static IReadOnlyDictionary<string, CloudOptions> All { get; } = new Dictionary<string, CloudOptions>(StringComparer.OrdinalIgnoreCase)
    {
        [Global] = new()
        {
            DisplayName = "Azure (global)",
            AuthorityHost = "https://login.microsoftonline.com",
            GraphEndpoint = "https://graph.microsoft.com",
            ResourceManagerEndpoint = "https://management.azure.com",
            ResourceManagerAudience = "https://management.core.windows.net/",
            // The documented base; the older api.securitycenter host still answers and can be configured instead. An
            // integration may choose a regional host; the token's audience stays the documented App ID URI
            // whatever the host (docs/microsoft-apis.md §4.1).
            DefenderEndpoint = "https://api.security.microsoft.com",
            DefenderAudience = "https://api.securitycenter.microsoft.com",
            DefenderRegionalEndpoint = "https://{region}.api.security.microsoft.com",
            PortalUrl = "https://portal.azure.com",
        },
        [UsGov] = new()
        {
            DisplayName = "Azure US Government (GCC High)",
            AuthorityHost = "https://login.microsoftonline.us",
            GraphEndpoint = "https://graph.microsoft.us",
            ResourceManagerEndpoint = "https://management.usgovcloudapi.net",
            ResourceManagerAudience = "https://management.core.usgovcloudapi.net/",
            DefenderEndpoint = "https://api-gov.securitycenter.microsoft.us",
            PortalUrl = "https://portal.azure.us",
        },
        [UsGovDod] = new()
        {
            DisplayName = "Azure US Government (DoD)",
            AuthorityHost = "https://login.microsoftonline.us",
            GraphEndpoint = "https://dod-graph.microsoft.us",
            ResourceManagerEndpoint = "https://management.usgovcloudapi.net",
            ResourceManagerAudience = "https://management.core.usgovcloudapi.net/",
            DefenderEndpoint = "https://api-gov.securitycenter.microsoft.us",
            PortalUrl = "https://portal.azure.us",
        },
        [China] = new()
        {
            DisplayName = "Azure China (21Vianet)",
            AuthorityHost = "https://login.chinacloudapi.cn",
            GraphEndpoint = "https://microsoftgraph.chinacloudapi.cn",
            ResourceManagerEndpoint = "https://management.chinacloudapi.cn",
            ResourceManagerAudience = "https://management.core.chinacloudapi.cn/",
            // Defender for Endpoint's API is not documented for 21Vianet: its streams are not_available_in_cloud.
            DefenderEndpoint = null,
            PortalUrl = "https://portal.azure.cn",
        },
    };

    /// <summary>The sandbox cloud for a sandbox at <paramref name="baseUrl"/>, trusting its certificate.</summary>
    public static CloudOptions ForSandbox(string baseUrl, string certificatePath) => new()
    {
        DisplayName = "HomeBase sandbox",
        AuthorityHost = baseUrl,
        GraphEndpoint = $"{baseUrl}/graph",
        ResourceManagerEndpoint = $"{baseUrl}/arm",
        ResourceManagerAudience = "https://management.azure.com/",
        DefenderEndpoint = $"{baseUrl}/mde",
        // The sandbox serves the regional hosts as paths, and records which one was called.
        DefenderRegionalEndpoint = $"{baseUrl}/mde/regions/{{region}}",
        // As in Azure: the token is for Defender's documented App ID URI, whatever host the API is called on.
        DefenderAudience = "https://api.securitycenter.microsoft.com",
        PortalUrl = $"{baseUrl}/_sandbox/tenants",
        CaCertificatePath = certificatePath,
    };
}
