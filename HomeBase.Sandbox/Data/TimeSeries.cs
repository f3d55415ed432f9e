namespace HomeBase.Sandbox.Data;

/// <summary>
/// An event stream laid on the clock: event <c>i</c> happens at <c>origin + i·spacing + jitter(i)</c>, so any
/// time range maps to an index range without storing events, and new events keep appearing as time passes.
/// </summary>
internal sealed class TimeSeries
{
    private readonly int seed;
    private readonly string name;

    public TimeSeries(int seed, string name, DateTimeOffset origin, TimeSpan spacing)
    {
        if (spacing <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(spacing));
        this.seed = seed;
        this.name = name;
        Origin = origin;
        Spacing = spacing;
    }

    public DateTimeOffset Origin { get; }

    public TimeSpan Spacing { get; }

    public DateTimeOffset TimeOf(long index)
    {
        var jitter = (long)(Det.Hash(seed, name + ":t", index) % (ulong)Spacing.Ticks);
        // Whole milliseconds, as the APIs report them.
        var ticks = Origin.Ticks + index * Spacing.Ticks + jitter;
        return new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    /// <summary>The first index whose time is at or after <paramref name="time"/>.</summary>
    public long FirstAtOrAfter(DateTimeOffset time)
    {
        if (time <= Origin) return 0;
        var index = Math.Max(0, (time - Origin).Ticks / Spacing.Ticks - 1);
        while (TimeOf(index) < time) index++;
        return index;
    }

    /// <summary>The last index whose time is at or before <paramref name="time"/>; -1 when none.</summary>
    public long LastAtOrBefore(DateTimeOffset time) => FirstAtOrAfter(time.AddTicks(1)) - 1;

    /// <summary>The index range of events in [from, to], both inclusive; empty when last &lt; first.</summary>
    public (long First, long Last) Range(DateTimeOffset from, DateTimeOffset to) => (FirstAtOrAfter(from), LastAtOrBefore(to));
}
