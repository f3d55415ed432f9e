using System.Diagnostics;

namespace HomeBase.Benchmarks;

/// <summary>Samples the process's working set every 50 ms; <see cref="TakePeak"/> returns the highest since the last call.</summary>
internal sealed class PeakMemorySampler : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public PeakMemorySampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));

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
