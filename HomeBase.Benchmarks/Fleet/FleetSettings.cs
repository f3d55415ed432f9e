namespace HomeBase.Benchmarks.Fleet;

/// <summary>
/// The fleet benchmark's sizes: the large tenant measured alone for the single-tenant figure, how long the synced
/// fleet is watched while only polled (long enough for alerts created in it to be fetched at their interval), how
/// many alerts each small tenant gets a day, and settings laid over the app's (the tests' shorter intervals; the
/// README's run has none, so it measures the scheduler's defaults).
/// </summary>
internal sealed record FleetSettings(int LargeTenantSignIns, TimeSpan IdleWindow, int AlertsPerDay, IReadOnlyDictionary<string, string?> AppSettings)
{
    /// <summary>An alert every half hour per small tenant: a thousand tenants make about 33 a minute between them.</summary>
    public const int DefaultAlertsPerDay = 48;

    public static FleetSettings For(int tenants, TimeSpan? idleWindow = null) =>
        new(tenants >= 100 ? 100_000 : 4_000, idleWindow ?? TimeSpan.FromMinutes(10), DefaultAlertsPerDay, new Dictionary<string, string?>());
}
