namespace HomeBase.Benchmarks.Fleet;

/// <summary>Alerts the sandbox created while the fleet was polled, how soon their rows were stored, and how many never were.</summary>
internal sealed record FreshnessMeasure(long Created, TimeSpan P50, TimeSpan P95, long NotStored);
