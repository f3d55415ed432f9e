using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// A list read in full every run (policies, machines, vulnerability findings): upserts make each re-read
/// cheap in writes, and what a completed read no longer reports is removed. A crash resumes from the stored
/// next link.
/// </summary>
internal abstract class FullReadConnector(PageFetcher fetcher) : IStreamConnector
{
    public abstract string Stream { get; }

    protected abstract AzureApi Api { get; }

    protected abstract string FirstUrl { get; }

    protected abstract IReadOnlyList<RecordBatch> Map(JsonObject page);

    /// <summary>The batches that remove what a full read begun at <paramref name="startedAt"/> did not report.</summary>
    protected abstract IEnumerable<RecordBatch> SweepUnseen(DateTime startedAt);

    /// <summary>An error that means "nothing to read" rather than a failure (Defender's 404 when no machine reports).</summary>
    protected virtual bool MeansEmpty(StreamReadException error) => false;

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumed = CursorJson.Read<PagingState>(context.CursorState);
        var resumeFrom = resumed?.NextLink;
        var startedAt = resumed?.ReadStartedAt ?? context.Now;
        string? url = resumeFrom ?? FirstUrl;
        while (url is not null)
        {
            JsonObject? page;
            try
            {
                page = await fetcher.GetPageAsync(context.Client, Api, url, cancellationToken);
            }
            catch (StreamReadException e) when (MeansEmpty(e))
            {
                page = null;
            }
            catch (StreamReadException e) when (url == resumeFrom && e.Status == 400)
            {
                (url, resumeFrom, startedAt) = (FirstUrl, FirstUrl, context.Now);
                continue;
            }
            if (page is null)
            {
                yield return new IngestionPage([.. SweepUnseen(startedAt)], null, null);
                yield break;
            }
            var batches = Map(page).ToList();
            url = page.NextLink();
            if (url is null) batches.AddRange(SweepUnseen(startedAt));
            yield return new IngestionPage(batches, CursorJson.Write(url is null ? null : new PagingState(url, startedAt)), null);
        }
    }
}
