using System.Net;
using HomeBase.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace HomeBase.Tests.Integration.Persistence;

/// <summary>Clouds added in configuration are accepted by the API like the presets; a broken one stops the app at start.</summary>
public sealed class CloudConfigurationTests
{
    [Fact]
    public async Task ConfiguredCloud_IsAcceptedByTheApiAndUnknownOnesAreRefused()
    {
        await using var app = new AppWithSettings(new()
        {
            ["Azure:Clouds:gov_proxy:DisplayName"] = "Gov via proxy",
            ["Azure:Clouds:gov_proxy:AuthorityHost"] = "https://login.proxy.example",
            ["Azure:Clouds:gov_proxy:GraphEndpoint"] = "https://graph.proxy.example",
            ["Azure:Clouds:gov_proxy:ResourceManagerEndpoint"] = "https://arm.proxy.example",
            ["Azure:Clouds:gov_proxy:ResourceManagerAudience"] = "https://management.core.usgovcloudapi.net/",
            ["Azure:Clouds:gov_proxy:PortalUrl"] = "https://portal.azure.us",
        });
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);

        var accepted = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).With(b => b["cloud"] = "gov_proxy").Json());
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);

        // The sandbox is off in this app, so its cloud is not offered.
        var refused = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id, Guid.NewGuid().ToString()).With(b => b["cloud"] = "sandbox").Json());
        var errors = await refused.ShouldBeValidationProblemAsync("cloud");
        Assert.Contains("gov_proxy", errors["cloud"][0]);
    }

    [Fact]
    public void BrokenCloud_StopsTheAppAtStartWithTheReason()
    {
        var error = Assert.ThrowsAny<Exception>(() => new AppWithSettings(new() { ["Azure:Clouds:global:GraphEndpoint"] = "graph.microsoft.com" }));
        Assert.Contains("Azure:Clouds:global:GraphEndpoint must be an absolute https URL", Flatten(error));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : $"{e.Message}\n{Flatten(e.InnerException)}";

    private sealed class AppWithSettings(Dictionary<string, string> settings) : HomeBaseApp(Configure(settings))
    {
        private static Action<IWebHostBuilder> Configure(Dictionary<string, string> settings) => builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        };
    }
}
