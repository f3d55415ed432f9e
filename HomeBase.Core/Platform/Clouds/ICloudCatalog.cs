namespace HomeBase.Core.Platform.Clouds;

/// <summary>The Azure clouds an integration can live in (<c>global</c>, <c>usgov</c>, …) and their endpoints.</summary>
public interface ICloudCatalog
{
    /// <summary>The cloud used when a request names none.</summary>
    string DefaultCloud { get; }

    /// <summary>Every cloud name, presets first, in display order.</summary>
    IReadOnlyList<string> Names { get; }

    bool Contains(string name);

    /// <summary>The cloud called <paramref name="name"/>, or null.</summary>
    AzureCloud? Find(string name);
}
