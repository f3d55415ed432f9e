namespace HomeBase.Benchmarks.Fleet;

/// <summary>The fleet's polling window once synced: the process's CPU over it, its peak working set, the runs it made.</summary>
internal sealed record IdleMeasure(DateTime From, DateTime To, double CpuPercent, long PeakBytes, int Runs)
{
    public TimeSpan Window => To - From;
}
