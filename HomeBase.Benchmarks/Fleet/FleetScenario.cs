using System.Globalization;
using System.Text.Json;
using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Benchmarks.Fleet;

/// <summary>
/// The fleet benchmark's sandbox tenants: one large tenant, measured alone first for the single-tenant figure, and
/// N small ones (the sandbox's default size), each with everything granted, licensed and consented, one
/// subscription, and alerts often enough that freshness has samples across the fleet.
/// </summary>
internal static class FleetScenario
{
    public const string LargeTenant = "fleet-large";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<ScenarioTenant> Tenants(int small, int largeSignIns, int alertsPerDay) =>
        [Tenant(0, LargeTenant, largeSignIns, alertsPerDay: null), .. Enumerable.Range(1, small).Select(i => Tenant(i, $"fleet-{i:D4}", signIns: null, alertsPerDay))];

    public static string Write(string directory, IReadOnlyList<ScenarioTenant> tenants)
    {
        var path = Path.Combine(directory, "fleet-tenants.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Scenario(tenants), Json));
        return path;
    }

    private static ScenarioTenant Tenant(int index, string name, int? signIns, int? alertsPerDay) => new(
        Name: name,
        Description: "A fleet benchmark tenant: everything granted and consented.",
        AzureTenantId: Id(1, index),
        Domain: $"{name}.onmicrosoft.com",
        DisplayName: name,
        ClientId: Id(2, index),
        Secrets: [new ScenarioSecret(Id(3, index), $"Sbx8Q~{name}.HomeBase-fleet-secret", 700)],
        Permissions: "all",
        Consented: true,
        Licences: [Skus.EntraP1, Skus.EntraP2, Skus.DefenderP2, Skus.DefenderForIdentity, Skus.DefenderThreatIntelligence],
        Subscriptions: [new ScenarioSubscription(Id(4, index), $"{name} production", ["Reader", "Security Reader"])],
        SignIns: signIns,
        AlertsPerDay: alertsPerDay);

    private static Guid Id(int kind, int index) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"f1ee7{kind:x3}-0000-4000-8000-{index:x12}"));
}
