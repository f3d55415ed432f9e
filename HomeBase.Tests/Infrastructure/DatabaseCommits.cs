using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Counts the commits EF makes while a piece of code runs: transactions committed, and writes sent outside one
/// (each its own commit). Scoped to the code's async flow, so other tests and background services on the same
/// process are not counted. Read from EF's diagnostic events, on any provider.
/// </summary>
public sealed class DatabaseCommits : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<DatabaseCommits?> Current = new();
    private readonly IDisposable listeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<string> commits = [];

    private DatabaseCommits() => listeners = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>What was committed, one line per commit: "transaction" or the autocommitted statement's first words.</summary>
    public IReadOnlyList<string> Commits
    {
        get { lock (commits) return [.. commits]; }
    }

    /// <summary>Counts the commits of <paramref name="work"/> and of everything it starts.</summary>
    public static async Task<(T Result, DatabaseCommits Commits)> OfAsync<T>(Func<Task<T>> work)
    {
        var counter = new DatabaseCommits();
        Current.Value = counter;
        try
        {
            return (await work(), counter);
        }
        finally
        {
            Current.Value = null;
            counter.Dispose();
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Current.Value != this) return;
        if (value.Key == RelationalEventId.TransactionCommitted.Name) Add("transaction");
        else if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: { Transaction: null } command }
            && IsWrite(command))
        {
            Add(string.Join(' ', command.CommandText.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries).Take(3)));
        }
    }

    private static bool IsWrite(DbCommand command) =>
        command.CommandText.TrimStart() is var text
        && (text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));

    private void Add(string commit)
    {
        lock (commits) commits.Add(commit);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        listeners.Dispose();
        lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
    }
}
