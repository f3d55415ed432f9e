using System.Collections.Concurrent;

namespace HomeBase.Sandbox.Http;

/// <summary>
/// The throttling families of Microsoft's APIs with their documented limits (docs/microsoft-apis.md §0, §4, §5.3),
/// each adjustable at run time through the control API.
/// </summary>
public sealed class Throttling(TimeProvider time)
{
    public static IReadOnlyDictionary<string, RateLimit> Defaults { get; } = new Dictionary<string, RateLimit>
    {
        ["graph_reports"] = new(5, TimeSpan.FromSeconds(10), SendsRetryAfter: true),
        ["graph_identity_protection"] = new(1, TimeSpan.FromSeconds(1), SendsRetryAfter: false, PerApp: false),
        ["graph_security"] = new(150, TimeSpan.FromMinutes(1), SendsRetryAfter: true),
        ["graph_directory"] = new(2000, TimeSpan.FromSeconds(10), SendsRetryAfter: true),
        ["mde"] = new(100, TimeSpan.FromMinutes(1), SendsRetryAfter: true, PerApp: false),
        ["mde_vulnerability_export"] = new(30, TimeSpan.FromMinutes(1), SendsRetryAfter: true, PerApp: false),
        ["arm_reads"] = new(250, TimeSpan.FromSeconds(10), SendsRetryAfter: true, RefillPerSecond: 25),
    };

    private readonly ConcurrentDictionary<string, RateLimit> limits = new(Defaults);
    private readonly ConcurrentDictionary<string, Counter> counters = new();

    public IReadOnlyDictionary<string, RateLimit> Limits => limits;

    public void Set(string family, RateLimit limit)
    {
        if (!limits.ContainsKey(family)) throw new KeyNotFoundException($"Unknown throttling family '{family}'. Known: {string.Join(", ", limits.Keys)}.");
        limits[family] = limit;
        foreach (var key in counters.Keys.Where(k => k.StartsWith(family + "|", StringComparison.Ordinal))) counters.TryRemove(key, out _);
    }

    public void Reset()
    {
        foreach (var (family, limit) in Defaults) limits[family] = limit;
        counters.Clear();
    }

    /// <summary>Counts a request; returns null when allowed, else how long until the next one would be.</summary>
    public TimeSpan? TryAcquire(string family, Guid tenantId, Guid appId)
    {
        var limit = limits[family];
        var key = $"{family}|{tenantId}|{(limit.PerApp ? appId : Guid.Empty)}";
        var counter = counters.GetOrAdd(key, _ => new Counter());
        var now = time.GetUtcNow();
        lock (counter)
        {
            return limit.IsBucket ? counter.TakeFromBucket(limit, now) : counter.TakeFromWindow(limit, now);
        }
    }

    private sealed class Counter
    {
        private readonly Queue<DateTimeOffset> recent = new();
        private double tokens = double.NaN;
        private DateTimeOffset refilledAt;

        public TimeSpan? TakeFromWindow(RateLimit limit, DateTimeOffset now)
        {
            while (recent.Count > 0 && recent.Peek() <= now - limit.Window) recent.Dequeue();
            if (recent.Count >= limit.Limit) return recent.Peek() + limit.Window - now;
            recent.Enqueue(now);
            return null;
        }

        public TimeSpan? TakeFromBucket(RateLimit limit, DateTimeOffset now)
        {
            if (double.IsNaN(tokens))
            {
                tokens = limit.Limit;
                refilledAt = now;
            }
            tokens = Math.Min(limit.Limit, tokens + (now - refilledAt).TotalSeconds * limit.RefillPerSecond);
            refilledAt = now;
            if (tokens < 1) return TimeSpan.FromSeconds((1 - tokens) / limit.RefillPerSecond);
            tokens -= 1;
            return null;
        }
    }
}
