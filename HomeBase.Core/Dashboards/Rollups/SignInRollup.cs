using System.Globalization;
using System.Text.Json;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>
/// Sign-ins by hour: in all, by error code (0 is success), by Conditional Access outcome, by country, the policies that
/// applied to them and those that blocked them, and the apps of the sign-ins no policy applied to.
/// </summary>
public sealed class SignInRollup : RollupMetric
{
    public const string All = "all";
    public const string Error = "error";
    public const string ConditionalAccess = "ca";
    public const string Country = "country";
    public const string BlockedBy = "blocked_by";
    public const string Applied = "applied";
    public const string UncoveredApp = "uncovered_app";

    public override string Name => StreamCatalog.SignIns;

    public override IEnumerable<DateTime> HoursOf(IngestionPage page) =>
        page.Batches.SelectMany(b => b.Records<SignInRecord>()).Select(s => HourOf(s.CreatedAt)).Distinct();

    public override async Task<List<RollupRow>> ComputeAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var signIns = db.IngestedSignIns.AsNoTracking().Where(s => integrationIds.Contains(s.IntegrationId) && s.CreatedAt >= from && s.CreatedAt < to);
        var groups = await signIns
            .GroupBy(s => new { s.CreatedAt.Date, s.CreatedAt.Hour, s.ErrorCode, s.ConditionalAccessStatus, s.CountryOrRegion })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.ErrorCode, g.Key.ConditionalAccessStatus, g.Key.CountryOrRegion, Reason = g.Max(s => s.FailureReason), Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var rows = new List<RollupRow>();
        foreach (var hour in groups.GroupBy(g => HourOf(g.Date, g.Hour)))
        {
            rows.Add(new(hour.Key, All, All, null, hour.Sum(g => g.Count)));
            rows.AddRange(hour.GroupBy(g => g.ErrorCode).Select(e => new RollupRow(hour.Key, Error, e.Key.ToString(CultureInfo.InvariantCulture),
                e.Max(x => x.Reason), e.Sum(x => x.Count))));
            rows.AddRange(hour.GroupBy(g => g.ConditionalAccessStatus ?? "unknown").Select(c => new RollupRow(hour.Key, ConditionalAccess, c.Key, null, c.Sum(x => x.Count))));
            rows.AddRange(hour.GroupBy(g => g.CountryOrRegion ?? "unknown").Select(c => new RollupRow(hour.Key, Country, c.Key, null, c.Sum(x => x.Count))));
        }

        // The sign-ins no policy applied to, by app: Microsoft's own status says so, with or without the policy details.
        var uncovered = await signIns.Where(s => s.ConditionalAccessStatus == ConditionalAccessStatuses.NotApplied)
            .GroupBy(s => new { s.CreatedAt.Date, s.CreatedAt.Hour, s.AppDisplayName })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.AppDisplayName, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        rows.AddRange(uncovered.Select(u => new RollupRow(HourOf(u.Date, u.Hour), UncoveredApp, u.AppDisplayName ?? "unknown", null, u.Count)));

        // Which policies applied (enforced, passed or blocked) and which blocked: in each sign-in's policy JSON, read only
        // for the sign-ins some policy applied to.
        var applied = await signIns.Where(s => s.ConditionalAccessStatus != ConditionalAccessStatuses.NotApplied && s.AppliedConditionalAccessPolicies != null)
            .Select(s => new { s.CreatedAt, s.AppliedConditionalAccessPolicies }).ToListAsync(cancellationToken);
        var results = applied.SelectMany(s => EnforcedPolicies(s.AppliedConditionalAccessPolicies!).Select(p => (Hour: HourOf(s.CreatedAt), p.Id, p.Name, p.Blocked))).ToList();
        rows.AddRange(results.GroupBy(p => (p.Hour, p.Id)).Select(g => new RollupRow(g.Key.Hour, Applied, g.Key.Id, g.Max(p => p.Name), g.LongCount())));
        rows.AddRange(results.Where(p => p.Blocked).GroupBy(p => (p.Hour, p.Id)).Select(g => new RollupRow(g.Key.Hour, BlockedBy, g.Key.Id, g.Max(p => p.Name), g.LongCount())));
        return rows;
    }

    /// <summary>The policies whose result was success or failure: enforced on the sign-in (report-only ones are not).</summary>
    private static List<(string Id, string? Name, bool Blocked)> EnforcedPolicies(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<(string, string?, bool)>();
        foreach (var policy in document.RootElement.EnumerateArray())
        {
            if (!policy.TryGetProperty("result", out var result) || !policy.TryGetProperty("id", out var id) || id.GetString() is not { } policyId) continue;
            var blocked = result.ValueEquals(AppliedPolicyResults.Failure);
            if (blocked || result.ValueEquals(AppliedPolicyResults.Success))
            {
                found.Add((policyId, policy.TryGetProperty("display_name", out var name) ? name.GetString() : null, blocked));
            }
        }
        return found;
    }
}
