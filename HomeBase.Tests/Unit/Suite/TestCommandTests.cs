using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.Unit.Suite;

/// <summary>
/// The README's test command is the one CI runs, and it sets up what the tests need by itself: a newcomer's fresh
/// machine and CI take the same path.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestCommandTests
{
    [Fact]
    public void ReadmeQuickStart_RunsTheTestScript_ThatCiRunsAndThatInstallsChromiumAndPostgreSql()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var quickStart = readme[readme.IndexOf("```bash", StringComparison.Ordinal)..];
        quickStart = quickStart[..quickStart.IndexOf("```", 7, StringComparison.Ordinal)];
        Assert.Contains("\n./test ", quickStart);
        Assert.Contains("dotnet run --project HomeBase.Web", quickStart);

        Assert.Contains("exec ./test", File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".ci", "run")));
        var script = Path.Combine(RepositoryRoot.Path, "test");
        if (!OperatingSystem.IsWindows()) Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, "./test is not executable.");
        var text = File.ReadAllText(script);
        Assert.Contains("missing+=(chromium", text);
        Assert.Contains("missing+=(postgresql)", text);
        Assert.Contains("sudo", text);
        Assert.Contains("dotnet test HomeBase.sln", text);
        Assert.Contains("HOMEBASE_TEST_DATABASE=PostgreSql", text);
    }
}
