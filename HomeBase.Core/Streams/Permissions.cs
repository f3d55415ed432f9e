namespace HomeBase.Core.Streams;

/// <summary>An application permission or Azure role, with the API it belongs to.</summary>
public sealed record PermissionDefinition(string Name, string Api, bool InSeed, string? Note = null);

/// <summary>
/// The permissions the product shows: the seed document's five (all optional) and the extra grants the
/// streams need. SecurityEvents.Read.All only serves the legacy alerts API Microsoft retires in 2026.
/// </summary>
public static class PermissionCatalog
{
    public const string GraphApi = "Microsoft Graph";
    public const string DefenderApi = "WindowsDefenderATP";
    public const string AzureRbac = "Azure RBAC";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new("User.Read.All", GraphApi, InSeed: true),
        new("AuditLog.Read.All", GraphApi, InSeed: true),
        new("IdentityRiskEvent.Read.All", GraphApi, InSeed: true),
        new("SecurityEvents.Read.All", GraphApi, InSeed: true,
            "Serves only the legacy /security/alerts API, which Microsoft retires in 2026; alerts need SecurityAlert.Read.All."),
        new("Directory.Read.All", GraphApi, InSeed: true),
        new("SecurityAlert.Read.All", GraphApi, InSeed: false),
        new("IdentityRiskyUser.Read.All", GraphApi, InSeed: false),
        new("Policy.Read.All", GraphApi, InSeed: false),
        new("Machine.Read.All", DefenderApi, InSeed: false),
        new("Vulnerability.Read.All", DefenderApi, InSeed: false),
        new("Reader", AzureRbac, InSeed: false),
        new("Security Reader", AzureRbac, InSeed: false),
    ];

    /// <summary>The streams that need <paramref name="permission"/> (any of a stream's permissions satisfies it).</summary>
    public static IReadOnlyList<string> RequiredFor(string permission) =>
        [.. StreamCatalog.All.Where(s => s.Permissions.Contains(permission)).Select(s => s.Name)];
}
