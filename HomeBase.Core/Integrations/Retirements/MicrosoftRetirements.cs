using HomeBase.Core.Integrations.Verification;

namespace HomeBase.Core.Integrations.Retirements;

/// <summary>
/// The one list of Microsoft retirements HomeBase depends on, with dates and sources (docs/microsoft-apis.md §9), and
/// the warnings an integration gets when one it relies on is removed within <see cref="WarningDays"/> days.
/// Contract tests hold it to the Graph CSDL's deprecation annotations and to the API versions the code calls.
/// </summary>
public static class MicrosoftRetirements
{
    public const int WarningDays = 180;

    private const string Csdl = "microsoftgraph/msgraph-metadata clean_v10_metadata/cleanMetadata.xml @ 84c1cb513c0b32cd1d9373d79ad4b6ffae991c42";

    private static bool Granted(VerificationResult? grid, string permission) =>
        grid?.Permissions.Any(p => p.Permission == permission && p.Status == "granted") == true;

    private static MicrosoftRetirement ApiVersion(string id, string what, string version, string source, Func<IntegrationConfig, bool> enabled) =>
        new(id, what, null, version, null, null, "—", "No retirement of this version is announced; it is listed so that one is noticed.", source,
            (integration, _) => enabled(integration.Config));

    public static IReadOnlyList<MicrosoftRetirement> All { get; } =
    [
        new("graph_legacy_security_alerts",
            "The legacy Microsoft Graph security API (/security/alerts), which SecurityEvents.Read.All also served",
            "microsoft.graph.alert", null, new DateOnly(2024, 4, 10), new DateOnly(2026, 4, 10),
            "/security/alerts_v2 with SecurityAlert.Read.All",
            "HomeBase reads alerts from /security/alerts_v2 and never calls the legacy API; SecurityEvents.Read.All stays for Microsoft Secure Score.",
            Csdl + " (Revisions on microsoft.graph.alert; the migration guide concepts/alertsv1-alertsv2-migration.md says it stops returning data on 2026-10-15)",
            // Said to whoever holds the legacy permission without the one alerts need now: they may think alerts are covered.
            (_, grid) => Granted(grid, "SecurityEvents.Read.All") && !Granted(grid, "SecurityAlert.Read.All")),
        new("graph_alert_category",
            "The category property of Defender XDR alerts (microsoft.graph.security.alert)",
            "microsoft.graph.security.alert/category", null, new DateOnly(2026, 3, 18), new DateOnly(2028, 3, 18),
            "categories (a collection)",
            "HomeBase reads categories and uses category only for alerts without them; once it is removed such alerts count by categories alone.",
            Csdl + " (Revisions on microsoft.graph.security.alert/category)",
            (integration, _) => integration.Config.IngestDefender),
        new("mde_securitycenter_host",
            "The Defender for Endpoint API host api.securitycenter.microsoft.com",
            null, null, null, null,
            "https://api.security.microsoft.com or a regional host (us, eu, uk, au, swa); the token scope stays https://api.securitycenter.microsoft.com/.default",
            "HomeBase calls api.security.microsoft.com, or the integration's regional host, with the documented scope; next links to the old host are still followed. Microsoft announced no date; the old host still answers.",
            "MicrosoftDocs/defender-docs defender-endpoint/api/exposed-apis-list.md @ 0596477bae557f93ed1d0e21b96206b56c896ad3",
            (integration, _) => integration.Config.IngestDefender),
        ApiVersion("arm_activity_log", "Azure Monitor Activity Log, api-version 2015-04-01", "microsoft.insights/eventtypes@2015-04-01",
            "Azure/azure-rest-api-specs specification/monitor/resource-manager/Microsoft.Insights/stable/2015-04-01/activityLogs_API.json @ ea5cdc8b5aa84aaebc762facc46d3dad36325294",
            c => c.IngestActivityLogs),
        ApiVersion("arm_assessments", "Defender for Cloud assessments and assessment metadata, api-version 2021-06-01", "microsoft.security/assessments@2021-06-01",
            "Azure/azure-rest-api-specs specification/security/resource-manager/Microsoft.Security/stable/2021-06-01/assessments.json @ bf7440d552b51131213f9e8e1fd6864f53c57b83, assessmentMetadata.json @ dd68c545b43b91166baa3345006f29c301e8984b", c => c.IngestDefenderForCloud),
        ApiVersion("arm_regulatory_compliance", "Defender for Cloud regulatory compliance, api-version 2019-01-01-preview",
            "microsoft.security/regulatorycompliancestandards@2019-01-01-preview",
            "Azure/azure-rest-api-specs specification/security/resource-manager/Microsoft.Security/preview/2019-01-01-preview/regulatoryCompliance.json @ 45ecb46e872041e487dc10a414106938aea3106c",
            c => c.IngestDefenderForCloud),
        ApiVersion("arm_secure_scores", "Defender for Cloud secure scores, api-version 2020-01-01", "microsoft.security/securescores@2020-01-01",
            "Azure/azure-rest-api-specs specification/security/resource-manager/Microsoft.Security/stable/2020-01-01/secureScore.json @ 132e9d2b3d174d2b952d34ac9c21100df63b568d", c => c.IngestDefenderForCloud),
        ApiVersion("arm_subscriptions", "Azure subscriptions list, api-version 2022-12-01", "subscriptions@2022-12-01",
            "Azure/azure-rest-api-specs specification/resources/resource-manager/Microsoft.Resources/stable/2022-12-01/subscriptions.json @ aa704a36a9ac1f42b7aded1ec6d3927b83bf7dc9",
            c => c.IngestActivityLogs || c.IngestDefenderForCloud),
    ];

    /// <summary>The dated retirements <paramref name="integration"/> relies on that are removed within the warning window, or already were.</summary>
    public static IReadOnlyList<RetirementWarning> WarningsFor(Integration integration, VerificationResult? grid, DateOnly today) =>
        [.. All.Where(r => r.RemovedOn is { } removed && removed.DayNumber - today.DayNumber <= WarningDays && r.ReliedOnBy(integration, grid))
            .Select(r => new RetirementWarning(r, r.RemovedOn!.Value.DayNumber - today.DayNumber))
            .OrderBy(w => w.DaysLeft)];
}
