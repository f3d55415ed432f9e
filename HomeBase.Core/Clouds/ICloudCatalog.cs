namespace HomeBase.Core.Clouds;

/// <summary>The Azure clouds an integration can live in (<c>global</c>, <c>usgov</c>, …).</summary>
public interface ICloudCatalog
{
    /// <summary>The cloud used when a request names none.</summary>
    string DefaultCloud { get; }

    /// <summary>Every cloud name, in display order.</summary>
    IReadOnlyList<string> Names { get; }

    bool Contains(string name);
}

/// <summary>
/// The built-in cloud names. The configurable catalog with endpoints (product.md §7) replaces this one
/// when the connectors arrive.
/// </summary>
public sealed class BuiltInCloudCatalog : ICloudCatalog
{
    public string DefaultCloud => "global";

    public IReadOnlyList<string> Names { get; } = ["global", "usgov", "usgov_dod", "china", "sandbox"];

    public bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);
}
