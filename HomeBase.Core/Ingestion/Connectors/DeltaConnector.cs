using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Graph's delta protocol (users, groups): a full read ending in a delta link, then only changes. Objects
/// reported <c>@removed</c> are marked deleted. A delta link Microsoft no longer knows (400
/// <c>syncStateNotFound</c>, after 7 days) and the daily resync both start a new full read.
/// </summary>
internal abstract class DeltaConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : IStreamConnector
{
    public abstract string Stream { get; }

    /// <summary>The first request of a full read, e.g. <c>users/delta?$select=…</c>.</summary>
    protected abstract string InitialUrl { get; }

    protected abstract IReadOnlyList<RecordBatch> Map(IReadOnlyList<JsonObject> items);

    /// <summary>The batches that mark deleted what a full read that began at <paramref name="startedAt"/> did not report.</summary>
    protected abstract IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt);

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = CursorJson.Read<DeltaState>(context.CursorState) ?? new DeltaState(null, null, null, null);
        var resyncDue = state.LastFullSyncAt is null || context.Now - state.LastFullSyncAt >= TimeSpan.FromHours(options.Value.FullResyncHours);
        var url = state.NextLink ?? (resyncDue ? null : state.DeltaLink);
        if (url is null) (state, url) = StartFullRead(state, context.Now);

        var restarted = false;
        while (url is not null)
        {
            JsonObject page;
            try
            {
                page = await fetcher.GetPageAsync(context.Client, AzureApi.Graph, url, cancellationToken);
            }
            catch (StreamReadException e) when (e.Status == 400 && !restarted)
            {
                // syncStateNotFound, or a stored link Graph no longer accepts: only a new full read recovers.
                restarted = true;
                (state, url) = StartFullRead(state, context.Now);
                continue;
            }
            var batches = Map([.. page.Items()]).ToList();
            url = page.NextLink();
            if (url is null && state.FullSyncStartedAt is { } fullReadStarted) batches.AddRange(SweepUnseen(fullReadStarted));
            state = url is not null
                ? state with { NextLink = url }
                : new DeltaState(page.Str("@odata.deltaLink"), null, null, state.FullSyncStartedAt ?? state.LastFullSyncAt);
            yield return new IngestionPage(batches, CursorJson.Write(state), null);
        }
    }

    private (DeltaState, string) StartFullRead(DeltaState state, DateTime now) =>
        (new DeltaState(null, null, now, state.LastFullSyncAt), InitialUrl);

    /// <summary>Splits delta items into live ones and the ids of removed ones.</summary>
    protected static (List<JsonObject> Live, List<string> Removed) Split(IEnumerable<JsonObject> items)
    {
        var live = new List<JsonObject>();
        var removed = new List<string>();
        foreach (var item in items)
        {
            if (item.ContainsKey("@removed")) removed.Add(item.Str("id")!);
            else live.Add(item);
        }
        return (live, removed);
    }
}
