namespace HomeBase.Core.Platform.Clouds;

/// <summary>The <c>Azure</c> configuration section.</summary>
public sealed class AzureOptions
{
    public const string SectionName = "Azure";

    public Dictionary<string, CloudOptions> Clouds { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
