namespace HomeBase.Core.Ingestion;

/// <summary>What a run has stored so far.</summary>
internal sealed class RunProgress
{
    public int Pages { get; private set; }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public DateTime? LatestEventTime { get; private set; }

    public void Add(WriteCounts counts, DateTime? latestEventTime, int pages)
    {
        (Pages, Added, Updated) = (Pages + pages, Added + counts.Added, Updated + counts.Updated);
        if (latestEventTime is { } latest && (LatestEventTime is null || latest > LatestEventTime)) LatestEventTime = latest;
    }
}
