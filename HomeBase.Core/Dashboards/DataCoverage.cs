using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// Reads the health of the streams behind a dashboard panel, so that a panel with nothing behind it explains
/// itself (permission, consent, licence, turned off, first sync pending) instead of showing an empty chart.
/// </summary>
public sealed class DataCoverage(IDbContextFactory<HomeBaseDbContext> contexts)
{
    public async Task<Coverage> GetAsync(DashboardScope scope, IReadOnlyCollection<string> streams, CancellationToken cancellationToken = default)
    {
        var ids = scope.Ids;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StreamHealth.AsNoTracking()
            .Where(h => ids.Contains(h.IntegrationId) && streams.Contains(h.Stream))
            .Select(h => new { h.IntegrationId, h.Stream, h.State, h.LastSuccessAt, h.BlockedReason })
            .ToListAsync(cancellationToken);

        var coverage = new List<StreamCoverage>();
        foreach (var integration in scope.Integrations)
        {
            foreach (var definition in StreamCatalog.All.Where(s => streams.Contains(s.Name)))
            {
                var row = rows.FirstOrDefault(r => r.IntegrationId == integration.Id && r.Stream == definition.Name);
                if (!definition.IsEnabledBy(integration.Config))
                {
                    coverage.Add(new(integration.Id, integration.Name, definition.Name, definition.DisplayName, StreamStates.Disabled, false,
                        $"{definition.DisplayName} is not ingested: turn on \"{ToggleLabel(definition.Toggle)}\" in the integration's data settings."));
                    continue;
                }
                var state = row?.State ?? StreamStates.Pending;
                var reason = state switch
                {
                    StreamStates.Blocked => row!.BlockedReason ?? "Blocked: verify the integration to see what is missing.",
                    StreamStates.Pending => "The first sync has not finished yet.",
                    _ => null,
                };
                coverage.Add(new(integration.Id, integration.Name, definition.Name, definition.DisplayName, state, row?.LastSuccessAt is not null, reason));
            }
        }
        return new Coverage(coverage);
    }

    private static string ToggleLabel(string toggle) => toggle switch
    {
        StreamToggles.EntraId => "Entra ID",
        StreamToggles.Defender => "Defender",
        StreamToggles.ActivityLogs => "Activity logs",
        StreamToggles.DefenderForCloud => "Defender for Cloud",
        _ => toggle,
    };
}
