using HomeBase.Core.Auditing;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Webhooks;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>
/// The last two streams of a first sync finish at the same moment, each in its own run: the integration turns healthy
/// exactly once. Each run sees the other still collecting, so announcing from a fresh count alone would send nothing.
/// </summary>
[Trait("Category", "App")]
public sealed class HealthAnnouncementTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task TwoRunsFinishingAtOnce_IntegrationTurnsHealthyExactlyOnce()
    {
        var tenant = await App.CreateTenantAsync();
        var integrationId = await App.ConnectAsync(tenant, RequestBodies.Contoso);
        var integration = await App.QueryAsync(db => db.Integrations.AsNoTracking().SingleAsync(i => i.Id == integrationId));
        var recorder = new StreamHealthRecorder(App.Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>(),
            App.Services.GetRequiredService<AuditTrail>(), App.Services.GetRequiredService<WebhookOutbox>());
        string[] last = [StreamCatalog.SignIns, StreamCatalog.Alerts];

        for (var round = 0; round < 40; round++)
        {
            // Every stream healthy but the last two, which are still in their first run; nothing announced yet.
            await App.QueryAsync(async db =>
            {
                await db.StreamHealth.Where(h => h.IntegrationId == integrationId).ExecuteDeleteAsync();
                db.StreamHealth.AddRange(StreamCatalog.All.Select(s => new StreamHealth
                {
                    IntegrationId = integrationId, Stream = s.Name,
                    State = last.Contains(s.Name) ? StreamStates.Collecting : StreamStates.Healthy,
                    StateBeforeRun = last.Contains(s.Name) ? StreamStates.Pending : null,
                }));
                await db.WebhookEvents.Where(e => e.TenantId == tenant.Id).ExecuteDeleteAsync();
                await db.Integrations.Where(i => i.Id == integrationId).ExecuteUpdateAsync(u => u.SetProperty(i => i.IngestionState, (string?)null));
                return await db.SaveChangesAsync();
            });

            using var start = new Barrier(last.Length);
            await Task.WhenAll(last.Select(stream => Task.Run(async () =>
            {
                start.SignalAndWait();
                await recorder.UpdateAsync(integration, stream, h => h.State = StreamStates.Healthy, CancellationToken.None);
            })));

            var events = await App.QueryAsync(db => db.WebhookEvents.Where(e => e.TenantId == tenant.Id && e.Type == WebhookEventTypes.HealthChanged)
                .Select(e => e.DataJson).ToListAsync());
            Assert.True(events.Count == 1, $"round {round}: " + string.Join(" | ", events));
            var change = events[0];
            Assert.Contains("\"state_before\":\"pending\",\"state\":\"healthy\"", change);
            Assert.Equal(StreamStates.Healthy, await App.QueryAsync(db => db.Integrations.Where(i => i.Id == integrationId).Select(i => i.IngestionState).SingleAsync()));
        }
    }
}
