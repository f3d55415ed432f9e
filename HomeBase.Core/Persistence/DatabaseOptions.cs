using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>The <c>HomeBase</c> configuration section: where the app keeps its files.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "HomeBase";

    /// <summary>Holds the SQLite database and the sandbox's certificate; relative paths are under the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";
}
