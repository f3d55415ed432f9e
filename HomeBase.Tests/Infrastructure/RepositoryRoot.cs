namespace HomeBase.Tests.Infrastructure;

/// <summary>The repository's folder (the one holding HomeBase.sln), for tests that read the source itself.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "HomeBase.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("HomeBase.sln not found above " + AppContext.BaseDirectory);
    }
}
