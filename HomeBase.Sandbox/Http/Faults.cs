using System.Collections.Concurrent;

namespace HomeBase.Sandbox.Http;

/// <summary>The faults switched on through the control API.</summary>
public sealed class Faults
{
    private readonly ConcurrentDictionary<string, FaultRule> rules = new();
    private readonly Lock gate = new();

    public IReadOnlyCollection<FaultRule> Rules => [.. rules.Values];

    public FaultRule Add(string kind, string? tenant, string? pathContains, int? count, int delayMilliseconds, int retryAfterSeconds, string? body = null)
    {
        if (!FaultKinds.All.Contains(kind)) throw new ArgumentException($"Unknown fault '{kind}'. Known: {string.Join(", ", FaultKinds.All)}.");
        if ((kind == FaultKinds.Replay) != (body is not null)) throw new ArgumentException("A replay needs a response, and only a replay takes one.");
        var rule = new FaultRule($"flt_{Guid.NewGuid():N}"[..16], kind, tenant, pathContains, count, delayMilliseconds, retryAfterSeconds, body);
        rules[rule.Id] = rule;
        return rule;
    }

    public void Clear() => rules.Clear();

    public bool Remove(string id) => rules.TryRemove(id, out _);

    /// <summary>
    /// The first rule matching this request, counted as used; null when none applies. The most specific path wins, so that a
    /// replay of <c>/exposureScore/ByMachineGroups</c> and one of <c>/exposureScore</c> each answer their own request.
    /// </summary>
    public FaultRule? Take(string tenant, string pathAndQuery, Func<FaultRule, bool>? applies = null)
    {
        foreach (var rule in rules.Values.OrderByDescending(r => r.PathContains?.Length ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (rule.Tenant is not null && !string.Equals(rule.Tenant, tenant, StringComparison.OrdinalIgnoreCase)) continue;
            if (rule.PathContains is not null && !pathAndQuery.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)) continue;
            if (applies is not null && !applies(rule)) continue;
            if (rule.Count is null) return rule;
            lock (gate)
            {
                if (!rules.TryGetValue(rule.Id, out var current) || current.Count <= 0) continue;
                var remaining = current.Count - 1;
                if (remaining <= 0) rules.TryRemove(rule.Id, out _);
                else rules[rule.Id] = current with { Count = remaining };
                return current;
            }
        }
        return null;
    }
}
