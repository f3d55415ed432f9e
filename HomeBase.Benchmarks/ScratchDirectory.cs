namespace HomeBase.Benchmarks;

/// <summary>A benchmark's own temporary directory (its SQLite file, saved pages), removed when the benchmark ends.</summary>
internal static class ScratchDirectory
{
    public static string Create(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (SQLite's WAL on a slow close): left for the OS to clean from /tmp.
        }
    }
}
