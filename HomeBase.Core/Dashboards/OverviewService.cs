using HomeBase.Core.Access;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Ingestion.Values;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The overview dashboard's numbers for the current tenant, aggregated in the database: per integration its health and
/// secret, and the headline counts a security admin asks first.
/// </summary>
public sealed class OverviewService(IDbContextFactory<HomeBaseDbContext> contexts, StreamHealthService streams, Rollups.SignInRollup signInCounts, TimeProvider time, AccessGuard guard)
{
    public async Task<Result<Overview>> GetAsync(TenantAccess access, TimeSpan period, CancellationToken cancellationToken = default)
    {
        if (await guard.RequireAsync(access, Roles.Viewer, cancellationToken) is { } refused) return refused;
        var to = time.GetUtcNow().UtcDateTime;
        var from = to - period;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integrations = await db.Integrations.AsNoTracking().LiveOf(access.TenantId)
            .OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var ids = integrations.Select(i => i.Id).ToList();

        var rows = new List<IntegrationOverview>();
        var streamStates = new Dictionary<(string Integration, string Stream), string>();
        foreach (var integration in integrations)
        {
            var summary = (await streams.GetAsync(access.TenantId, integration.Id, cancellationToken, countRecords: false)).Value;
            foreach (var stream in summary?.Streams ?? []) streamStates[(integration.Id, stream.Stream)] = stream.State;
            rows.Add(new IntegrationOverview(integration.Id, integration.Name, integration.Status, summary?.State ?? StreamStates.Pending,
                integration.ClientSecretExpiresAt, summary?.Streams.Max(s => s.LastSuccessAt),
                summary?.Streams.Count(s => s.State == StreamStates.Blocked) ?? 0));
        }

        var riskyUsers = db.IngestedRiskyUsers.Where(r => ids.Contains(r.IntegrationId) && r.RiskLevel == RiskLevels.High
            && RiskStates.Risky.Contains(r.RiskState));
        var openHighAlerts = db.IngestedAlerts.Where(a => ids.Contains(a.IntegrationId) && a.Severity == AlertSeverities.High && AlertStatuses.Open.Contains(a.Status));
        var exposedDevices = db.IngestedMachines.Where(m => ids.Contains(m.IntegrationId) && m.ExposureLevel == ExposureLevels.High);
        var failingControls = db.IngestedComplianceControls.Where(c => ids.Contains(c.IntegrationId) && c.State == ComplianceStates.Failed);
        async Task<long> FailedSignInsAsync(TimeRange range) =>
            (await new Rollups.RollupReader(db, ids, range).TotalsAsync(signInCounts, Rollups.SignInRollup.Error, cancellationToken)).Where(e => e.Key != "0").Sum(e => e.Value.Count);

        // The records behind each number; the period's range for the sign-ins. Open alerts stay open however old they are:
        // their link spans from the day of the oldest one (30 days at least), and the number counts that same window.
        var scope = new DashboardScope(access, [], null, new TimeRange(period == TimeSpan.FromDays(7) ? "7d" : period == TimeSpan.FromDays(30) ? "30d" : "24h", from, to));
        var openWindow = OpenAlertsWindow(await openHighAlerts.MinAsync(a => (DateTime?)a.CreatedAt, cancellationToken), to);
        var openSince = scope with { Range = openWindow };
        openHighAlerts = openHighAlerts.Where(a => a.CreatedAt >= openWindow.From && a.CreatedAt < openWindow.To);
        // A state is new when HomeBase met it after its integration's first full sync of the stream: what the first
        // sync stores was there before, and counting it as "new in 24h" would call a whole tenant news.
        string[] stateStreams = [StreamCatalog.RiskyUsers, StreamCatalog.Machines, StreamCatalog.Compliance];
        var firstSyncs = (await db.StreamRuns.AsNoTracking()
                .Where(r => ids.Contains(r.IntegrationId) && stateStreams.Contains(r.Stream) && r.FinishedAt != null && r.Outcome == StreamStates.Healthy)
                .GroupBy(r => new { r.IntegrationId, r.Stream })
                .Select(g => new { g.Key.IntegrationId, g.Key.Stream, At = g.Min(r => r.FinishedAt) })
                .ToListAsync(cancellationToken))
            .ToDictionary(f => (f.IntegrationId, f.Stream), f => f.At!.Value);
        // A stream switched off or blocked has no first sync coming: it does not make the period a first sync's.
        bool FirstSyncInPeriod(string stream) => ids.Any(id =>
            streamStates.GetValueOrDefault((id, stream)) is not (StreamStates.Disabled or StreamStates.Blocked)
            && (!firstSyncs.TryGetValue((id, stream), out var at) || at > from));
        async Task<long> NewSinceFirstSyncAsync<T>(IQueryable<T> states, string stream) where T : IngestedRecord
        {
            long added = 0;
            foreach (var id in ids)
            {
                if (!firstSyncs.TryGetValue((id, stream), out var firstSync)) continue;
                var since = firstSync > from ? firstSync : from;
                added += await states.CountAsync(r => r.IntegrationId == id && r.FirstSeenAt > since, cancellationToken);
            }
            return added;
        }

        var openIncidents = db.IngestedIncidents.AsNoTracking().Where(i => ids.Contains(i.IntegrationId) && IncidentStatuses.Open.Contains(i.Status!));
        Headline[] headlines =
        [
            new("high_risk_users", "High-risk users", await riskyUsers.CountAsync(cancellationToken), null,
                await NewSinceFirstSyncAsync(riskyUsers, StreamCatalog.RiskyUsers),
                DashboardLinks.Records(Records.RecordCatalog.RiskyUsers, scope, ("level", "high"), ("state", "at_risk")), FirstSyncInPeriod(StreamCatalog.RiskyUsers)),
            new("open_high_alerts", "Open high-severity alerts", await openHighAlerts.CountAsync(cancellationToken),
                null, await openHighAlerts.CountAsync(a => a.CreatedAt >= from, cancellationToken),
                DashboardLinks.Records(Records.RecordCatalog.Alerts, openSince, ("severity", "high"), ("status", "open"))),
            // Incidents are Defender's own grouping of alerts into attacks: open ones now, and how many of them the period opened.
            new("open_incidents", "Open incidents", await openIncidents.CountAsync(cancellationToken), null,
                await openIncidents.CountAsync(i => i.CreatedAt >= from, cancellationToken),
                DashboardLinks.Records(Records.RecordCatalog.Incidents, scope, ("status", Records.RecordCatalog.OpenIncidents))),
            new("exposed_devices", "Highly exposed devices", await exposedDevices.CountAsync(cancellationToken), null,
                await NewSinceFirstSyncAsync(exposedDevices, StreamCatalog.Machines),
                DashboardLinks.Records(Records.RecordCatalog.Machines, scope, ("exposure", "High")), FirstSyncInPeriod(StreamCatalog.Machines)),
            new("failing_controls", "Failing compliance controls", await failingControls.CountAsync(cancellationToken), null,
                await NewSinceFirstSyncAsync(failingControls, StreamCatalog.Compliance),
                DashboardLinks.Records(Records.RecordCatalog.ComplianceControls, scope, ("state", "Failed")), FirstSyncInPeriod(StreamCatalog.Compliance)),
            new("failed_sign_ins", "Failed sign-ins", await FailedSignInsAsync(scope.Range), await FailedSignInsAsync(scope.Range.Previous), null,
                DashboardLinks.Records(Records.RecordCatalog.SignIns, scope, ("result", "failure"))),
        ];
        // Few rows carry a signal: each count is a seek on (IntegrationId, Signal, ActivityAt).
        var signals = new List<Count>();
        foreach (var signal in DirectoryChangeSignals.All)
        {
            var count = await db.IngestedDirectoryAudits.LongCountAsync(a => ids.Contains(a.IntegrationId) && a.Signal == signal && a.ActivityAt >= from && a.ActivityAt < to, cancellationToken);
            signals.Add(new Count(DirectoryChangeSignals.Label(signal), count, DashboardLinks.Records(Records.RecordCatalog.DirectoryChanges, scope, ("signal", signal))));
        }
        return new Overview(rows, headlines, from, to, signals);
    }

    /// <summary>
    /// The last 30 days, or, when an open alert is older, the days from that alert's to today (as far back as a custom
    /// range reaches): the window that holds every open alert the records page can show.
    /// </summary>
    private static TimeRange OpenAlertsWindow(DateTime? oldest, DateTime now)
    {
        var month = TimeRange.Preset("30d", now);
        if (oldest is not { } first || first >= month.From) return month;
        var today = DateOnly.FromDateTime(now);
        var earliest = today.AddDays(1 - (int)TimeRange.LongestCustom.TotalDays);
        var from = DateOnly.FromDateTime(first);
        return TimeRange.Parse(TimeRange.Custom, from < earliest ? earliest : from, today, now).Value!;
    }
}
