using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Platform.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>The web app with its embedded sandbox, as <c>dotnet run</c> starts it.</summary>
[Trait("Category", "App")]
public sealed class EmbeddedSandboxTests : IAsyncLifetime
{
    private readonly HomeBaseAppWithSandbox app = new();

    [Fact]
    public async Task App_StartsTheSandboxAndAddsTheSandboxCloudTrustingItsCertificate()
    {
        var server = app.Services.GetRequiredService<EmbeddedSandboxService>().Server!;
        var cloud = app.Services.GetRequiredService<ICloudCatalog>().Find("sandbox")!;

        Assert.Equal(server.BaseUrl, cloud.AuthorityHost.AbsoluteUri.TrimEnd('/'));
        Assert.Equal($"{server.BaseUrl}/graph/.default", cloud.GraphScope);
        Assert.Equal(server.CertificatePath, cloud.CaCertificatePath);

        // The pinned certificate is what lets a client in; the system trust alone refuses it.
        using var pinned = new HttpClient(HomeBase.Core.Platform.Azure.CustomCaTrust.Handler(HomeBase.Core.Platform.Azure.CustomCaTrust.LoadPem(cloud.CaCertificatePath!)));
        Assert.Equal(HttpStatusCode.OK, (await pinned.GetAsync($"{server.BaseUrl}/_sandbox/tenants")).StatusCode);
        using var unpinned = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => unpinned.GetAsync($"{server.BaseUrl}/_sandbox/tenants"));
    }

    [Fact]
    public async Task Api_AcceptsTheSandboxCloud()
    {
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        var response = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).With(b => b["cloud"] = "sandbox").Json());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("sandbox", (await response.Content.ReadFromJsonAsync<JsonObject>())!["cloud"]!.GetValue<string>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class HomeBaseAppWithSandbox : HomeBaseApp
    {
        protected override bool? WithSandbox => true;
    }
}
