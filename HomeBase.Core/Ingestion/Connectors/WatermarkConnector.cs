using System.Runtime.CompilerServices;
using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// A list filtered on the event's own time (<c>field ge watermark − overlap</c>). Microsoft returns newest
/// first, so the watermark moves only when the run's last page is stored; until then each page records the
/// next link and the newest time seen, so a crash resumes the same run and loses nothing. The overlap
/// re-reads events Microsoft published late; upserts make the re-read harmless.
/// </summary>
internal abstract class WatermarkConnector<T>(PageFetcher fetcher, IOptions<IngestionOptions> options) : IStreamConnector
    where T : IngestedRecord
{
    public abstract string Stream { get; }

    protected virtual AzureApi Api => AzureApi.Graph;

    /// <summary>The list's path relative to the API's base.</summary>
    protected abstract string Path { get; }

    /// <summary>The time field the watermark filters on.</summary>
    protected abstract string WatermarkField { get; }

    /// <summary>The field the first run's backfill window filters on; alerts backfill by creation, then follow updates.</summary>
    protected virtual string BackfillField => WatermarkField;

    /// <summary>False for state lists (risky users) whose first run reads everything, whatever its age.</summary>
    protected virtual bool BackfillWindow => true;

    protected abstract int MaxTop { get; }

    protected abstract T Map(JsonElement item);

    /// <summary>Rows kept alongside a page's records (not counted as the stream's); none unless a stream has some.</summary>
    protected virtual IEnumerable<RecordBatch> Alongside(IReadOnlyList<T> records) => [];

    public async IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = CursorJson.Read<WatermarkState>(context.CursorState) ?? WatermarkState.None;
        var from = state.StartFrom(context.Now, context.Config.BackfillDays, TimeSpan.FromMinutes(options.Value.WatermarkOverlapMinutes), BackfillWindow);
        var resuming = state.NextLink is not null;
        var url = state.NextLink ?? FirstUrl(state, from);
        while (url is not null)
        {
            JsonDocument page;
            try
            {
                // Event lists are the big ones (a thousand sign-ins a page): read without a string or a tree.
                page = await fetcher.GetDocumentAsync(context.Client, Api, url, cancellationToken);
            }
            catch (StreamReadException e) when (resuming && e.Status == 400)
            {
                // The stored next link of an interrupted run has expired: start the run again from the watermark.
                state = state with { NextLink = null };
                url = FirstUrl(state, from);
                resuming = false;
                continue;
            }
            resuming = false;
            List<T> records;
            using (page)
            {
                records = [.. page.Items().Select(Map)];
                url = page.NextLink();
            }
            var newest = records.Max(r => r.EventTime);
            state = state.After(newest, url, from);
            yield return new IngestionPage([RecordBatch.Upsert(records), .. Alongside(records)], CursorJson.Write(state), newest);
        }
    }

    private string FirstUrl(WatermarkState state, DateTime? from)
    {
        var top = $"$top={Math.Min(MaxTop, options.Value.MaxPageSize)}";
        if (from is null) return $"{Path}?{top}";
        var field = state.IsFirstRun ? BackfillField : WatermarkField;
        return $"{Path}?$filter={Uri.EscapeDataString($"{field} ge {JsonFields.Iso(from.Value)}")}&{top}";
    }
}
