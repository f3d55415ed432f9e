using System.Collections.Concurrent;

namespace HomeBase.Sandbox.Http;

/// <summary>
/// The latest requests the resource gate let through or throttled, so that tests can see how a client paced
/// itself (how many 429s it met, how many requests of a family fell in any window). Bounded: the oldest are dropped.
/// </summary>
public sealed class RequestLog
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<LoggedRequest> entries = new();

    public void Add(LoggedRequest request)
    {
        entries.Enqueue(request);
        while (entries.Count > Capacity) entries.TryDequeue(out _);
    }

    /// <summary>A tenant's logged requests, oldest first, of one family when given.</summary>
    public IReadOnlyList<LoggedRequest> For(string tenant, string? family) =>
        [.. entries.Where(e => string.Equals(e.Tenant, tenant, StringComparison.OrdinalIgnoreCase) && (family is null || e.Family == family))];

    public void Clear() => entries.Clear();
}
