using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>The <c>HomeBase</c> configuration section: where the app keeps its files.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "HomeBase";

    /// <summary>Holds the SQLite database and the sandbox's certificate; relative paths are under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";
}
