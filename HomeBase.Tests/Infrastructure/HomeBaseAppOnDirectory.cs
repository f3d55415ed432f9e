namespace HomeBase.Tests.Infrastructure;

/// <summary>The app on a data directory that somebody else (a CLI test) created and removes.</summary>
public sealed class HomeBaseAppOnDirectory(string dataDirectory) : HomeBaseApp(dataDirectory, ownsDirectory: false);
