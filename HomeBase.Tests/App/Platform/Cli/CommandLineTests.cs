using System.Diagnostics;
using System.Net;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Platform.Cli;

/// <summary>The CLI verbs as a person runs them: a separate process, its result alone on stdout.</summary>
[Trait("Category", "App")]
public sealed class CommandLineTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("homebase-cli-").FullName;

    [Fact]
    public async Task TenantsCreate_PrintsOnlyTheNewIdAndListShowsIt()
    {
        var created = await RunAsync("tenants", "create", "--name", "Acme Corp");

        Assert.Equal(0, created.ExitCode);
        Assert.Matches("^ten_[0-9a-hjkmnp-tv-z]{26}\n$", created.Stdout);

        var list = await RunAsync("tenants", "list");
        var lines = list.Stdout.TrimEnd('\n').Split('\n');
        Assert.Contains($"{created.Stdout.Trim()}\tAcme Corp", lines);
        Assert.Contains(lines, l => l.EndsWith("\tDefault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiKeysCreate_PrintsAKeyThatWorksUntilRevoked()
    {
        var tenant = (await RunAsync("tenants", "create", "--name", "Acme")).Stdout.Trim();

        var created = await RunAsync("api-keys", "create", "--tenant", tenant, "--name", "ci");
        Assert.Equal(0, created.ExitCode);
        Assert.Matches("^hb_[0-9a-f]{64}\n$", created.Stdout);
        var key = created.Stdout.Trim();

        var listed = (await RunAsync("api-keys", "list", "--tenant", tenant)).Stdout.Trim().Split('\t');
        var keyId = listed[0];
        Assert.StartsWith("key_", keyId);
        Assert.Equal("ci", listed[1]);
        Assert.Equal("active", listed[5]);
        // Made on the server without --scopes: every scope, no expiry, nobody it depends on.
        Assert.Equal("integrations:read,integrations:write,credentials:rotate,webhooks:read,webhooks:write", listed[6]);
        Assert.Equal("never", listed[7]);
        Assert.Equal("command line", listed[8]);
        Assert.DoesNotContain(key, string.Join('\t', listed));

        // The key the CLI printed authenticates against a server on the same database.
        await using (var app = new HomeBaseAppOnDirectory(dataDirectory))
        {
            using var client = app.CreateApiClient(key);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);
        }

        var revoked = await RunAsync("api-keys", "revoke", "--key-id", keyId);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(keyId, revoked.Stdout.Trim());
        Assert.Contains("\trevoked\t", (await RunAsync("api-keys", "list", "--tenant", tenant)).Stdout.Trim());
    }

    [Fact]
    public async Task ApiKeysCreate_WithScopesAndExpiry_StoresOnlyThose()
    {
        var tenant = (await RunAsync("tenants", "create", "--name", "Scoped")).Stdout.Trim();

        var created = await RunAsync("api-keys", "create", "--tenant", tenant, "--name", "reader", "--scopes", "integrations:read, webhooks:read",
            "--expires-in-days", "30");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("with scopes integrations:read,webhooks:read, expiring", created.Stderr);
        var listed = (await RunAsync("api-keys", "list", "--tenant", tenant)).Stdout.Trim().Split('\t');
        Assert.Equal("integrations:read,webhooks:read", listed[6]);
        var expires = DateTime.Parse(listed[7], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.InRange(expires, DateTime.UtcNow.AddDays(29.9), DateTime.UtcNow.AddDays(30.1));

        var unknown = await RunAsync("api-keys", "create", "--tenant", tenant, "--name", "typo", "--scopes", "integrations:admin");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown scope integrations:admin", unknown.Stderr);
    }

    [Fact]
    public async Task OwnerCreate_MakesTheFirstOwnerWithThePasswordFromStandardInput()
    {
        Assert.Equal(0, (await RunAsync("tenants", "create", "--name", "Contoso")).ExitCode);

        var created = await RunWithInputAsync("Correct-Horse-9-Battery\n", "owner", "create", "--email", "ops@example.test", "--name", "Ops Owner");
        Assert.Equal(0, created.ExitCode);
        Assert.Equal("ops@example.test", created.Stdout.Trim());
        Assert.DoesNotContain("Correct-Horse-9-Battery", created.Stdout + created.Stderr);

        // Once only, and never without a password.
        var again = await RunWithInputAsync("Correct-Horse-9-Battery\n", "owner", "create", "--email", "second@example.test", "--name", "Second");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Already set up", again.Stderr);
        var noPassword = await RunWithInputAsync("", "owner", "create", "--email", "third@example.test", "--name", "Third");
        Assert.Equal(2, noPassword.ExitCode);
        Assert.Contains("standard input", noPassword.Stderr);
    }

    [Fact]
    public async Task SandboxInfo_PrintsTheUrlAndEachTenantsCredentialsAsJson()
    {
        // Outside Development the sandbox runs only when asked for.
        var result = await RunAsync(new Dictionary<string, string> { ["Sandbox__Enabled"] = "true" }, "sandbox", "info");

        Assert.Equal(0, result.ExitCode);
        var info = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        Assert.StartsWith("https://localhost:", info["base_url"]!.GetValue<string>());
        Assert.True(File.Exists(info["certificate_path"]!.GetValue<string>()));
        var names = info["tenants"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["contoso", "fabrikam", "northwind", "tailspin", "woodgrove"], names);
        Assert.All(info["tenants"]!.AsArray(), t =>
        {
            Assert.True(Guid.TryParse(t!["azure_tenant_id"]!.GetValue<string>(), out _));
            Assert.True(Guid.TryParse(t["client_id"]!.GetValue<string>(), out _));
            Assert.StartsWith("Sbx8Q~", t["client_secret"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task SandboxInfo_InProduction_SaysTheSandboxIsOff()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "sandbox", "info");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("sandbox is off", result.Stderr);
    }

    [Theory]
    [InlineData(2, "tenants")]
    [InlineData(2, "tenants", "create")]
    [InlineData(2, "tenants", "create", "--name")]
    [InlineData(2, "tenants", "rename", "--name", "x")]
    [InlineData(2, "tenants", "create", "--name", "a", "--colour", "red")]
    [InlineData(1, "tenants", "create", "--name", "   ")]
    [InlineData(1, "api-keys", "create", "--tenant", "ten_01aaaaaaaaaaaaaaaaaaaaaaaa", "--name", "ci")]
    [InlineData(1, "api-keys", "revoke", "--key-id", "key_nope")]
    public async Task BadInvocation_ExplainsOnStderrAndPrintsNothingOnStdout(int exitCode, params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.NotEqual(string.Empty, result.Stderr.Trim());
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync([], args);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        RunProcessAsync(environment, "", args);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(string input, params string[] args) => RunProcessAsync([], input, args);

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(Dictionary<string, string> environment, string input, string[] args)
    {
        var web = Path.Combine(AppContext.BaseDirectory, "HomeBase.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(web);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["HomeBase__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in TestDatabase.EnvironmentFor(dataDirectory)) start.Environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(dataDirectory);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
