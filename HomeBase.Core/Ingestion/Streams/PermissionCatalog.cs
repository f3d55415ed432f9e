namespace HomeBase.Core.Ingestion.Streams;

/// <summary>
/// The permissions the product shows: the seed document's five (all optional) and the extra grants the
/// streams need. SecurityEvents.Read.All reads Microsoft Secure Score; the legacy alerts API it also served is gone.
/// </summary>
public static class PermissionCatalog
{
    public const string GraphApi = "Microsoft Graph";
    public const string DefenderApi = "WindowsDefenderATP";
    public const string AzureRbac = "Azure RBAC";

    /// <summary>The application ids of the APIs, as <c>az ad app permission add --api</c> takes them.</summary>
    public const string GraphAppId = "00000003-0000-0000-c000-000000000000";
    public const string DefenderAppId = "fc780465-2017-40d4-a0c5-307022471b92";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new("User.Read.All", GraphApi, InSeed: true, AppRoleId: "df021288-bdef-4463-88db-98f22de89214"),
        new("AuditLog.Read.All", GraphApi, InSeed: true, AppRoleId: "b0afded3-3588-46d8-8b3d-9842eff778da"),
        new("IdentityRiskEvent.Read.All", GraphApi, InSeed: true, AppRoleId: "6e472fd1-ad78-48da-a0f0-97ab2c6b769e"),
        new("SecurityEvents.Read.All", GraphApi, InSeed: true,
            "Reads Microsoft Secure Score. The legacy /security/alerts API it also served was removed on 2026-04-10; alerts need SecurityAlert.Read.All.", AppRoleId: "bf394140-e372-4bf9-a898-299cfc7564e5"),
        new("Directory.Read.All", GraphApi, InSeed: true, AppRoleId: "7ab1d382-f21e-4acd-a863-ba3e13f7da61"),
        new("SecurityAlert.Read.All", GraphApi, InSeed: false, AppRoleId: "472e4a4d-bb4a-4026-98d1-0b0d74cb74a5"),
        new("SecurityIncident.Read.All", GraphApi, InSeed: false, AppRoleId: "45cc0394-e837-488b-a098-1918f48d186c"),
        new("SecurityIdentitiesSensors.Read.All", GraphApi, InSeed: false, AppRoleId: "5f0ffea2-f474-4cf2-9834-61cda2bcea5c"),
        new("SecurityIdentitiesHealth.Read.All", GraphApi, InSeed: false, AppRoleId: "f8dcd971-5d83-4e1e-aa95-ef44611ad351"),
        new("ThreatIntelligence.Read.All", GraphApi, InSeed: false, AppRoleId: "e0b77adb-e790-44a3-b0a0-257d06303687"),
        new("IdentityRiskyUser.Read.All", GraphApi, InSeed: false, AppRoleId: "dc5007c0-2d7d-4c42-879c-2dab87571379"),
        new("Policy.Read.All", GraphApi, InSeed: false, AppRoleId: "246dd0d5-5bd0-4def-940b-0421030a5b68"),
        new("RoleManagement.Read.Directory", GraphApi, InSeed: false, AppRoleId: "483bed4a-2ad3-4361-a73b-c83ccdbdc53c"),
        new("Machine.Read.All", DefenderApi, InSeed: false, AppRoleId: "ea8291d3-4b9a-44b5-bc3a-6cea3026dc79"),
        new("Vulnerability.Read.All", DefenderApi, InSeed: false, AppRoleId: "41269fc5-d04d-4bfd-bce7-43a51cea049a"),
        new("Score.Read.All", DefenderApi, InSeed: false, AppRoleId: "02b005dd-f804-43b4-8fc7-078460413f74"),
        new("SecurityRecommendation.Read.All", DefenderApi, InSeed: false, AppRoleId: "6443965c-7dd2-4cfd-b38f-bb7772bee163"),
        new("Reader", AzureRbac, InSeed: false),
        new("Security Reader", AzureRbac, InSeed: false),
    ];

    /// <summary>The streams that need <paramref name="permission"/> (any of a stream's permissions satisfies it), or need it beside one.</summary>
    public static IReadOnlyList<string> RequiredFor(string permission) =>
        [.. StreamCatalog.All.Where(s => s.Permissions.Contains(permission) || s.AlsoRequires.Contains(permission)).Select(s => s.Name)];
}
