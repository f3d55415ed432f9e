namespace HomeBase.Web.Platform.Hosting;

/// <summary>
/// Chooses the environment when none is configured: Development when running from the source tree
/// (<c>dotnet run --project HomeBase.Web</c>), the framework's default (Production) when published.
/// This replaces launchSettings.json, whose "Using launch settings…" line would pollute the CLI verbs' stdout.
/// </summary>
public static class DefaultEnvironment
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = IsConfigured(args) || !RunningFromSourceTree() ? null : Environments.Development,
    };

    private static bool IsConfigured(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
        || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));

    private static bool RunningFromSourceTree() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "HomeBase.Web.csproj"));
}
