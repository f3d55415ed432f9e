using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HomeBase.Benchmarks.Dashboards;

/// <summary>
/// Collects the duration of every SQL command EF Core runs, from its diagnostic events, so that the benchmark
/// can report each query of a page as well as the page. No change to the app: EF Core publishes these anyway.
/// </summary>
internal sealed class SqlTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable subscription;
    private readonly ConcurrentBag<(double Milliseconds, string Sql)> current = [];

    public SqlTimings() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The commands of the last measured call (milliseconds and SQL), and a fresh start.</summary>
    public List<(double Milliseconds, string Sql)> Take()
    {
        var taken = current.ToList();
        current.Clear();
        return taken;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) listener.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
        {
            current.Add((executed.Duration.TotalMilliseconds, executed.Command.CommandText));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => subscription.Dispose();
}
