using System.Diagnostics;

namespace HomeBase.Benchmarks;

/// <summary>
/// Samples the process's working set every 50 ms (or <c>period</c>); <see cref="TakePeak"/> returns the highest since
/// the last call. A sample costs CPU: a benchmark that measures CPU samples less often.
/// </summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public PeakMemorySampler(TimeSpan? period = null) => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, period ?? TimeSpan.FromMilliseconds(50));

    public long TakePeak()
    {
        Sample();
        return Interlocked.Exchange(ref peak, 0);
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        do
        {
            seen = Interlocked.Read(ref peak);
        }
        while (current > seen && Interlocked.CompareExchange(ref peak, current, seen) != seen);
    }

    public void Dispose() => timer.Dispose();
}
