using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Identity;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Tests.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>
/// The real SDKs against the sandbox, as the connectors will use them: Azure.Identity with the catalog's
/// authority, GraphServiceClient with PageIterator, ArmClient, and HttpClient for Defender for Endpoint.
/// </summary>
[Trait("Category", "App")]
public sealed class SandboxSdkClientTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private AzureSdkClients Clients(string tenantName, string? secret = null)
    {
        var tenant = sandbox.Tenant(tenantName);
        var options = CloudPresets.ForSandbox(sandbox.Server.BaseUrl, sandbox.Server.CertificatePath);
        var catalog = new ConfiguredCloudCatalog(Microsoft.Extensions.Options.Options.Create(new AzureOptions
        {
            Clouds = new(StringComparer.OrdinalIgnoreCase) { [CloudPresets.Sandbox] = options },
        }));
        return new AzureSdkClients(catalog.Find(CloudPresets.Sandbox)!, tenant.TenantId.ToString(), tenant.ClientId.ToString(),
            secret ?? tenant.Secrets[0].Value);
    }

    [Fact]
    public async Task ClientSecretCredential_GetsATokenFromTheCatalogsAuthority()
    {
        using var clients = Clients("contoso");
        var token = await clients.Credential.GetTokenAsync(new TokenRequestContext([clients.Cloud.GraphScope]), default);
        Assert.Contains("User.Read.All", SandboxTokenTests.Roles(token.Token));
        Assert.True(token.ExpiresOn > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task ClientSecretCredential_WrongSecret_FailsWithTheAadstsCode()
    {
        using var clients = Clients("contoso", secret: "Sbx8Q~wrong");
        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            clients.Credential.GetTokenAsync(new TokenRequestContext([clients.Cloud.GraphScope]), default).AsTask());
        Assert.True(error.ToString().Contains("AADSTS7000215"), error.ToString());
    }

    [Fact]
    public async Task GraphServiceClient_PageIterator_ReadsEveryUserAcrossPages()
    {
        using var clients = Clients("contoso");
        var first = await clients.Graph.Users.GetAsync(r => r.QueryParameters.Top = 25);
        var ids = new List<string>();
        var pages = 1;
        var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(clients.Graph, first!, user =>
        {
            ids.Add(user.Id!);
            return true;
        }, request =>
        {
            pages++;
            return request;
        });
        await iterator.IterateAsync();

        var truth = await sandbox.GroundTruthAsync("contoso");
        Assert.Equal(truth["users"]!.GetValue<int>(), ids.Distinct().Count());
        Assert.True(pages > 2, $"only {pages} pages");
    }

    [Fact]
    public async Task GraphServiceClient_SignInsAndAlertsV2_Deserialize()
    {
        using var clients = Clients("contoso");
        var signIns = await clients.Graph.AuditLogs.SignIns.GetAsync(r => r.QueryParameters.Top = 5);
        Assert.Equal(5, signIns!.Value!.Count);
        Assert.All(signIns.Value, s => Assert.NotNull(s.Status?.ErrorCode));
        Assert.NotNull(signIns.OdataNextLink);

        var alerts = await clients.Graph.Security.Alerts_v2.GetAsync(r => r.QueryParameters.Top = 10);
        Assert.NotEmpty(alerts!.Value!);
        Assert.All(alerts.Value!, a => Assert.NotNull(a.ServiceSource));
    }

    [Fact]
    public async Task GraphServiceClient_ForbiddenIsAServiceExceptionWith403()
    {
        using var clients = Clients("fabrikam");
        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => clients.Graph.Users.GetAsync());
        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("Authorization_RequestDenied", error.Error!.Code);
    }

    [Fact]
    public async Task ArmClient_ListsTheReadableSubscriptions()
    {
        using var clients = Clients("contoso");
        var names = new List<string>();
        await foreach (var subscription in clients.Arm.GetSubscriptions().GetAllAsync()) names.Add(subscription.Data.DisplayName);
        Assert.Equal(["Contoso Development", "Contoso Legacy (cancelled)", "Contoso Production"], names.Order());
    }

    [Fact]
    public async Task DefenderHttpClient_ReadsMachinesWithATokenForItsOwnResource()
    {
        using var clients = Clients("contoso");
        var page = await clients.Defender!.GetFromJsonAsync<JsonObject>("api/machines?$top=5");
        Assert.Equal(5, page!["value"]!.AsArray().Count);
        Assert.NotNull(page["@odata.nextLink"]);
    }
}
