using System.Globalization;
using System.Text.Json;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Rollups;

/// <summary>Sign-ins by hour: in all, by error code (0 is success), by Conditional Access outcome, by country, and the policies that blocked them.</summary>
public sealed class SignInRollup : RollupMetric
{
    public const string All = "all";
    public const string Error = "error";
    public const string ConditionalAccess = "ca";
    public const string Country = "country";
    public const string BlockedBy = "blocked_by";

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

        // The blocking policies are in each blocked sign-in's JSON: only the few blocked ones are read.
        var blocked = await signIns.Where(s => s.ConditionalAccessStatus == ConditionalAccessStatuses.Failure && s.AppliedConditionalAccessPolicies != null)
            .Select(s => new { s.CreatedAt, s.AppliedConditionalAccessPolicies }).ToListAsync(cancellationToken);
        rows.AddRange(blocked
            .SelectMany(s => BlockingPolicies(s.AppliedConditionalAccessPolicies!).Select(p => (Hour: HourOf(s.CreatedAt), p.Id, p.Name)))
            .GroupBy(p => (p.Hour, p.Id))
            .Select(g => new RollupRow(g.Key.Hour, BlockedBy, g.Key.Id, g.Max(p => p.Name), g.LongCount())));
        return rows;
    }

    private static IEnumerable<(string Id, string? Name)> BlockingPolicies(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<(string, string?)>();
        foreach (var policy in document.RootElement.EnumerateArray())
        {
            if (policy.TryGetProperty("result", out var result) && result.ValueEquals(AppliedPolicyResults.Failure) && policy.TryGetProperty("id", out var id) && id.GetString() is { } policyId)
            {
                found.Add((policyId, policy.TryGetProperty("display_name", out var name) ? name.GetString() : null));
            }
        }
        return found;
    }
}
