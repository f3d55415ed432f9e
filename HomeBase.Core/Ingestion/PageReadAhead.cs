using System.Threading.Channels;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// Fetches pages ahead while earlier ones are stored (Microsoft's latency and the database's writes overlap): a
/// producer reads the connector into a small buffer, and each store takes every page already waiting there (up to
/// <see cref="PagesPerCommit"/>) in one transaction, after the pages before it, so the cursor stays in order.
/// A fetch error reaches the caller after the pages before it are stored; a failed store stops the fetching.
/// </summary>
internal static class PageReadAhead
{
    /// <summary>At most this many fetched pages are stored in one transaction (fewer commits while a backfill reads ahead).</summary>
    public const int PagesPerCommit = 4;

    public static async Task PumpAsync(IAsyncEnumerable<IngestionPage> pages, Func<IngestionPage, Task> store, CancellationToken cancellationToken)
    {
        var buffer = Channel.CreateBounded<IngestionPage>(new BoundedChannelOptions(PagesPerCommit) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var page in pages.WithCancellation(stop.Token)) await buffer.Writer.WriteAsync(page, stop.Token);
                buffer.Writer.Complete();
            }
            catch (Exception error)
            {
                buffer.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            // Throws the producer's error, once the pages fetched before it are stored.
            while (await buffer.Reader.WaitToReadAsync(CancellationToken.None))
            {
                var group = new List<IngestionPage>(PagesPerCommit);
                while (group.Count < PagesPerCommit && buffer.Reader.TryRead(out var page)) group.Add(page);
                await store(IngestionPage.Merge(group));
            }
        }
        finally
        {
            // Pages fetched ahead of a failed store are dropped; the fetching ends before the connector is left.
            await stop.CancelAsync();
            await producer;
        }
    }
}
