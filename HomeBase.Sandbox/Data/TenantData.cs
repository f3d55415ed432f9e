using System.Text.Json.Nodes;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Sandbox.Data;

/// <summary>
/// A sandbox tenant's generated data. Sizes follow from the number of sign-ins in the 30-day history;
/// time-based streams keep producing events after the start; records are made on demand from the seed.
/// </summary>
public sealed partial class TenantData
{
    public static readonly TimeSpan History = TimeSpan.FromDays(30);

    private readonly SandboxTenant tenant;
    private readonly int seed;
    private readonly Lock gate = new();
    private readonly List<UserChange> userChanges = [];
    private int? machineCountOverride;
    private readonly Lazy<IReadOnlyList<int>> riskyUsers;

    internal TenantData(SandboxTenant tenant, int seed, DateTimeOffset start, int signIns, int? alertsPerDay = null)
    {
        this.tenant = tenant;
        this.seed = seed ^ StableSeed(tenant.Name);
        Start = start;
        Origin = start - History;
        SignInCount = signIns;
        BaseUserCount = Math.Clamp(signIns / 20, 60, 50_000);
        GroupCount = Math.Clamp(BaseUserCount / 10, 8, 2_000);
        SignIns = Series("signIns", signIns);
        DirectoryAudits = Series("directoryAudits", Math.Max(100, signIns / 4));
        RiskDetections = Series("riskDetections", Math.Max(40, signIns / 50));
        Alerts = Series("alerts", alertsPerDay is { } perDay ? perDay * History.Days : Math.Max(120, signIns / 10));
        ActivityPerSubscription = Math.Max(200, signIns / 4);
        riskyUsers = new(() => [.. Enumerable.Range(0, BaseUserCount).Where(i => Det.Chance(H("riskyUser", i), 8))]);
    }

    /// <summary>When the sandbox started: the end of the generated history.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Where the history begins.</summary>
    public DateTimeOffset Origin { get; }

    public int SignInCount { get; }

    public int BaseUserCount { get; }

    public int GroupCount { get; }

    public int MachineCount
    {
        get { lock (gate) return machineCountOverride ?? Math.Clamp(BaseUserCount / 2, 25, 25_000); }
        set { lock (gate) machineCountOverride = value; }
    }

    internal TimeSeries SignIns { get; }

    internal TimeSeries DirectoryAudits { get; }

    internal TimeSeries RiskDetections { get; }

    internal TimeSeries Alerts { get; }

    internal int ActivityPerSubscription { get; }

    internal int Seed => seed;

    internal string Domain => tenant.Domain;

    internal Guid TenantId => tenant.TenantId;

    private TimeSeries Series(string name, int countOverHistory) =>
        new(seed, name, Origin, TimeSpan.FromTicks(History.Ticks / countOverHistory));

    private ulong H(string what, long index, int salt = 0) => Det.Hash(seed, what, index, salt);

    private Guid G(string what, long index) => Det.Guid(seed, what, index);

    private static int StableSeed(string name) => name.Aggregate(17, (h, c) => h * 31 + c);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonArray Array(params IEnumerable<JsonNode?> items) => new([.. items]);

    private static JsonArray Strings(params IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
}
