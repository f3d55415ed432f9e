using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// The Activity Log of each subscription on <c>eventTimestamp</c>, one watermark per subscription (they page
/// independently, newest first). The cursor holds all of them and moves a subscription's watermark only once
/// its last page is stored, as <see cref="WatermarkConnector{T}"/> does for one list.
/// </summary>
internal sealed class ActivityLogsConnector(PageFetcher fetcher, SubscriptionLister subscriptions, IOptions<IngestionOptions> options) : IStreamConnector
{
    public string Stream => StreamCatalog.ActivityLogs;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var states = CursorJson.Read<Dictionary<string, WatermarkState>>(context.CursorState) ?? [];
        foreach (var subscription in await subscriptions.ListAsync(context.Client, context.Config, cancellationToken))
        {
            var state = states.GetValueOrDefault(subscription) ?? WatermarkState.None;
            var from = state.StartFrom(context.Now, context.Config.BackfillDays, TimeSpan.FromMinutes(options.Value.WatermarkOverlapMinutes))!.Value;
            var url = state.NextLink ?? FirstUrl(subscription, from, context.Now);
            var resuming = state.NextLink is not null;
            while (url is not null)
            {
                JsonObject page;
                try
                {
                    page = await fetcher.GetPageAsync(context.Client, AzureApi.ResourceManager, url, cancellationToken);
                }
                catch (StreamReadException e) when (resuming && e.Status == 400)
                {
                    // An interrupted run's next link has expired: read its window again.
                    (url, resuming) = (FirstUrl(subscription, from, context.Now), false);
                    continue;
                }
                resuming = false;
                var records = page.Items().Select(e => new ActivityLogRecord
                {
                    SourceId = e.Str("eventDataId") ?? e.Str("id")!,
                    SubscriptionId = subscription,
                    EventTimestamp = e.Time("eventTimestamp") ?? default,
                    OperationName = e.Localized("operationName"),
                    ResourceType = e.Localized("resourceType") ?? ActivityLogRecord.ResourceTypeOf(e.Localized("operationName")),
                    Action = ActivityLogRecord.ActionOf(e.Localized("operationName")),
                    Status = e.Localized("status"),
                    Level = e.Str("level"),
                    Caller = e.Str("caller"),
                    ResourceGroupName = e.Str("resourceGroupName"),
                    ResourceId = e.Str("resourceId"),
                    CorrelationId = e.Str("correlationId"),
                    OperationId = e.Str("operationId"),
                    Category = e.Localized("category"),
                    EventName = e.Localized("eventName"),
                    SubStatus = e.Localized("subStatus"),
                }).ToList();
                var newest = records.Max(r => r.EventTime);
                url = page.NextLink();
                state = state.After(newest, url, from);
                states[subscription] = state;
                yield return new IngestionPage([RecordBatch.Upsert(records)], CursorJson.Write(states), newest);
            }
        }
    }

    private static string FirstUrl(string subscription, DateTime from, DateTime now)
    {
        var filter = $"eventTimestamp ge '{JsonFields.Iso(from)}' and eventTimestamp le '{JsonFields.Iso(now)}'";
        return $"subscriptions/{subscription}/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter={Uri.EscapeDataString(filter)}";
    }
}
