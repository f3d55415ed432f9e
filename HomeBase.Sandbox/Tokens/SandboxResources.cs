namespace HomeBase.Sandbox.Tokens;

/// <summary>The resources the sandbox serves, addressable by Microsoft's identifiers and by the sandbox's own URLs.</summary>
public sealed class SandboxResources
{
    public SandboxResources(string baseUrl) => Configure(baseUrl);

    /// <summary>Sets the sandbox's own URL once it is known (a port chosen by the OS is known only after binding).</summary>
    internal void Configure(string baseUrl)
    {
        Graph = new SandboxResource(ResourceKind.Graph, "https://graph.microsoft.com",
            ["https://graph.microsoft.com", $"{baseUrl}/graph"],
            ["User.Read.All", "AuditLog.Read.All", "IdentityRiskEvent.Read.All", "SecurityEvents.Read.All", "Directory.Read.All",
             "SecurityAlert.Read.All", "SecurityIncident.Read.All", "SecurityIdentitiesSensors.Read.All",
             "SecurityIdentitiesHealth.Read.All", "ThreatIntelligence.Read.All", "IdentityRiskyUser.Read.All", "Policy.Read.All", "RoleManagement.Read.Directory"]);
        Defender = new SandboxResource(ResourceKind.Defender, "https://api.securitycenter.microsoft.com",
            ["https://api.securitycenter.microsoft.com", "https://api.security.microsoft.com",
             "https://securitycenter.onmicrosoft.com/windowsatpservice", $"{baseUrl}/mde"],
            ["Machine.Read.All", "Vulnerability.Read.All", "Alert.Read.All", "Score.Read.All", "SecurityRecommendation.Read.All"]);
        ResourceManager = new SandboxResource(ResourceKind.ResourceManager, "https://management.azure.com/",
            ["https://management.azure.com", "https://management.core.windows.net", $"{baseUrl}/arm"], []);
        All = [Graph, Defender, ResourceManager];
    }

    public SandboxResource Graph { get; private set; } = null!;

    public SandboxResource Defender { get; private set; } = null!;

    public SandboxResource ResourceManager { get; private set; } = null!;

    public IReadOnlyList<SandboxResource> All { get; private set; } = [];

    /// <summary>The resource a client-credentials scope (<c>{resource}/.default</c>) names, or null.</summary>
    public SandboxResource? FromScope(string scope)
    {
        if (!scope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase)) return null;
        var identifier = scope[..^"/.default".Length].TrimEnd('/');
        return All.FirstOrDefault(r => r.Identifiers.Any(i => string.Equals(i, identifier, StringComparison.OrdinalIgnoreCase)));
    }

    public SandboxResource Get(ResourceKind kind) => All.Single(r => r.Kind == kind);
}
