using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// A Defender for Cloud list read in full in every subscription (recommendations, secure score). Each run is
/// a fresh snapshot, so there is nothing to resume: an interrupted run reads again, and upserts absorb it.
/// </summary>
internal abstract class ArmSnapshotConnector(PageFetcher fetcher, SubscriptionLister subscriptions) : IStreamConnector
{
    public abstract string Stream { get; }

    protected PageFetcher Fetcher => fetcher;

    protected abstract string FirstUrl(string subscriptionId);

    /// <summary>Maps a page; <paramref name="lookup"/> is what <see cref="ReadLookupAsync"/> read for the subscription.</summary>
    protected abstract IReadOnlyList<RecordBatch> Map(JsonObject page, string subscriptionId, IReadOnlyDictionary<string, JsonObject> lookup);

    /// <summary>A second list of the subscription that the pages are joined with, keyed by name (none by default).</summary>
    protected virtual Task<IReadOnlyDictionary<string, JsonObject>> ReadLookupAsync(StreamReadContext context, string subscriptionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, JsonObject>>(new Dictionary<string, JsonObject>());

    public virtual async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var subscription in await subscriptions.ListAsync(context.Client, context.Config, cancellationToken))
        {
            var lookup = await ReadLookupAsync(context, subscription, cancellationToken);
            await foreach (var page in ReadAllAsync(context, FirstUrl(subscription), cancellationToken))
            {
                yield return new IngestionPage(Map(page, subscription, lookup), null, null);
            }
        }
        // Every subscription was read: what the snapshot no longer holds (a fixed finding, a subscription out of reach) goes.
        yield return new IngestionPage([.. SweepUnseen(context.Now)], null, null);
    }

    /// <summary>The batches that remove what this run's snapshot did not report.</summary>
    protected abstract IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt);

    /// <summary>Every page of one ARM list, following <c>nextLink</c>.</summary>
    protected IAsyncEnumerable<JsonObject> ReadAllAsync(StreamReadContext context, string url, CancellationToken cancellationToken) =>
        fetcher.GetAllPagesAsync(context.Client, AzureApi.ResourceManager, url, cancellationToken);
}
