namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Lets the contract tests see every field a connector reads, so that they can check it against Microsoft's schema:
/// whoever observes gets the object read, the field's name, how it is read, and the value found (null when absent).
/// Nobody observes in production; the cost is one async-local read per field.
/// </summary>
internal static class JsonReads
{
    private static readonly AsyncLocal<Action<object, string, JsonReadKind, object?>?> Observer = new();

    /// <summary>Observes the reads made in this async flow until the result is disposed.</summary>
    public static IDisposable Observe(Action<object, string, JsonReadKind, object?> onRead)
    {
        var previous = Observer.Value;
        Observer.Value = onRead;
        return new Restore(previous);
    }

    public static void Note(object parent, string name, JsonReadKind kind, object? value) => Observer.Value?.Invoke(parent, name, kind, value);

    private sealed class Restore(Action<object, string, JsonReadKind, object?>? previous) : IDisposable
    {
        public void Dispose() => Observer.Value = previous;
    }
}
