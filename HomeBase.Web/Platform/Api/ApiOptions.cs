namespace HomeBase.Web.Platform.Api;

/// <summary>The <c>Api</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Larger request bodies are refused with 413 before they are read.</summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 10 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
