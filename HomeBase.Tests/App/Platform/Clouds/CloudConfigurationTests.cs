using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HomeBase.Tests.App.Platform.Clouds;

/// <summary>Clouds added in configuration work like the presets; a broken one stops the app at start.</summary>
[Trait("Category", "App")]
public sealed class CloudConfigurationTests
{
    [Fact]
    public async Task ConfiguredCloud_IsUsedForVerificationAndUnknownOnesAreRefused()
    {
        // An operator's own cloud entry: here, the sandbox's hosts reached as if through a proxy, with its CA.
        var port = FreePort();
        await using var app = new AppWithSettings((builder, self) =>
        {
            var root = $"https://localhost:{port}";
            builder.UseSetting("Sandbox:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Azure:Clouds:gov_proxy:DisplayName", "Gov via proxy");
            builder.UseSetting("Azure:Clouds:gov_proxy:AuthorityHost", root);
            builder.UseSetting("Azure:Clouds:gov_proxy:GraphEndpoint", $"{root}/graph");
            builder.UseSetting("Azure:Clouds:gov_proxy:ResourceManagerEndpoint", $"{root}/arm");
            builder.UseSetting("Azure:Clouds:gov_proxy:ResourceManagerAudience", "https://management.azure.com/");
            builder.UseSetting("Azure:Clouds:gov_proxy:DefenderEndpoint", $"{root}/mde");
            builder.UseSetting("Azure:Clouds:gov_proxy:PortalUrl", "https://portal.azure.us");
            builder.UseSetting("Azure:Clouds:gov_proxy:CaCertificatePath", Path.Combine(self.DataDirectory, "sandbox", "sandbox-tls.crt"));
        });
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);

        var accepted = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).With(b => b["cloud"] = "gov_proxy").Json());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("connected", JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());

        var refused = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, app: RequestBodies.Northwind).With(b => b["cloud"] = "atlantis").Json());
        var errors = await refused.ShouldBeValidationProblemAsync("cloud");
        Assert.Contains("gov_proxy", errors["cloud"][0]);
    }

    [Fact]
    public void BrokenCloud_StopsTheAppAtStartWithTheReason()
    {
        var error = Assert.ThrowsAny<Exception>(() => new AppWithSettings((builder, _) => builder.UseSetting("Azure:Clouds:global:GraphEndpoint", "graph.microsoft.com")));
        Assert.Contains("Azure:Clouds:global:GraphEndpoint must be an absolute https URL", Flatten(error));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : $"{e.Message}\n{Flatten(e.InnerException)}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class AppWithSettings(Action<IWebHostBuilder, HomeBaseApp> configure) : HomeBaseApp(configure);
}
