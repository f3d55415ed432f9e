using HomeBase.Core.Platform.Clouds;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Platform.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>
/// The embedded sandbox's control API returns tenants' secrets and its sign-in takes no password: it runs in
/// Development, or where <c>Sandbox:Enabled</c> asks for it, and nowhere else by default.
/// </summary>
[Trait("Category", "App")]
public sealed class SandboxOutsideDevelopmentTests
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", null, false)]
    [InlineData("Testing", null, false)]
    [InlineData("Staging", "true", true)]
    [InlineData("Development", "false", false)]
    public void Sandbox_RunsInDevelopmentOrWhenAskedFor(string environment, string? enabled, bool runs)
    {
        var settings = new Dictionary<string, string?> { ["Sandbox:Port"] = "5999" };
        if (enabled is not null) settings["Sandbox:Enabled"] = enabled;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var host = new HostingEnvironment { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() };

        Assert.Equal(runs, EmbeddedSandbox.Settings(configuration, host) is not null);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task HostOutsideDevelopment_ServesNoSandbox(string environment)
    {
        var port = FreePort();
        await using var app = new AppWithSandboxDefault(environment, port);

        Assert.Null(app.Services.GetService<EmbeddedSandboxSettings>());
        Assert.Null(app.Services.GetService<EmbeddedSandboxService>());
        Assert.Null(app.Services.GetRequiredService<ICloudCatalog>().Find("sandbox"));
        Assert.True(app.Services.GetRequiredService<IHostEnvironment>().IsEnvironment(environment));
        Assert.DoesNotContain("Azure sandbox listening", app.Logs.AllText, StringComparison.Ordinal);
        // Nothing listens where the sandbox would serve /_sandbox (its control API is on its own port, not the app's).
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Assert.ThrowsAsync<HttpRequestException>(() => probe.GetAsync($"https://localhost:{port}/_sandbox/tenants"));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class AppWithSandboxDefault(string environment, int sandboxPort)
        : HomeBaseApp(Directory.CreateTempSubdirectory("homebase-test-").FullName, ownsDirectory: true,
            (builder, _) => builder.UseSetting("Sandbox:Port", sandboxPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), environment)
    {
        protected override bool? WithSandbox => null;
    }
}
