using HomeBase.Core.Platform.Clouds;
using Microsoft.Extensions.Options;

namespace HomeBase.Tests.Unit.Platform.Clouds;

[Trait("Category", "Unit")]
public sealed class CloudCatalogTests
{
    private static ConfiguredCloudCatalog Catalog(Dictionary<string, CloudOptions>? clouds = null) =>
        new(Options.Create(new AzureOptions { Clouds = new(clouds ?? [], StringComparer.OrdinalIgnoreCase) }));

    [Fact]
    public void Presets_AreAllThereWithTheirScopes()
    {
        var catalog = Catalog();
        Assert.Equal(["global", "usgov", "usgov_dod", "china"], catalog.Names);
        var global = catalog.Find("global")!;
        Assert.Equal("https://graph.microsoft.com/.default", global.GraphScope);
        Assert.Equal("https://management.core.windows.net/.default", global.ResourceManagerScope);
        Assert.Equal("https://graph.microsoft.us/.default", catalog.Find("usgov")!.GraphScope);
        Assert.Equal("https://dod-graph.microsoft.us/v1.0", catalog.Find("usgov_dod")!.GraphV1.AbsoluteUri);
        Assert.Null(catalog.Find("china")!.DefenderScope); // not available there
    }

    [Fact]
    public void Configuration_OverridesOneFieldOfAPreset()
    {
        var catalog = Catalog(new() { ["global"] = new CloudOptions { GraphEndpoint = "https://graph-proxy.example.internal" } });
        var global = catalog.Find("global")!;
        Assert.Equal("https://graph-proxy.example.internal/.default", global.GraphScope);
        Assert.Equal("https://login.microsoftonline.com/", global.AuthorityHost.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://api.securitycenter.microsoft.com")]
    [InlineData("https://api.security.microsoft.com")]
    [InlineData("https://eu.api.security.microsoft.com")]
    [InlineData("https://swa.api.security.microsoft.com")]
    public void DefenderHost_CanBeTheNewOrARegionalOne_AndTheScopeStaysTheDocumentedOne(string host)
    {
        var global = Catalog(new() { ["global"] = new CloudOptions { DefenderEndpoint = host } }).Find("global")!;
        Assert.Equal(host + "/", global.DefenderEndpoint!.AbsoluteUri);
        Assert.Equal("https://api.securitycenter.microsoft.com/.default", global.DefenderScope);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("eu")]
    [InlineData("uk")]
    [InlineData("au")]
    [InlineData("swa")]
    public void DefenderRegion_OfTheGlobalCloud_IsMicrosoftsRegionalHostWithTheSameScope(string region)
    {
        var global = Catalog().Find("global")!;
        Assert.Equal("https://api.security.microsoft.com/", global.DefenderEndpoint!.AbsoluteUri);
        var regional = global.ForDefenderRegion(region);
        Assert.Equal($"https://{region}.api.security.microsoft.com/", regional.DefenderEndpoint!.AbsoluteUri);
        Assert.Equal("https://api.securitycenter.microsoft.com/.default", regional.DefenderScope);
        Assert.Equal(global.GraphEndpoint, regional.GraphEndpoint);
        // Next links may page on the host called, on the App ID URI's host (the export examples' host) and on the regions.
        Assert.Contains($"https://{region}.api.security.microsoft.com", regional.DefenderAuthorities);
        Assert.Contains("https://api.securitycenter.microsoft.com", regional.DefenderAuthorities);
        Assert.DoesNotContain("https://graph.microsoft.com", regional.DefenderAuthorities);
    }

    [Fact]
    public void DefenderRegion_WhereTheCloudHasNone_ChangesNothing()
    {
        var gov = Catalog().Find("usgov")!;
        Assert.False(gov.HasDefenderRegions);
        Assert.Same(gov, gov.ForDefenderRegion("eu"));
        Assert.False(Catalog().Find("china")!.HasDefenderRegions);
        Assert.True(Catalog().Find("global")!.HasDefenderRegions);
    }

    [Fact]
    public void DefenderRegionalEndpoint_WithoutThePlaceholder_FailsTheBoot()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Catalog(new()
        {
            ["global"] = new CloudOptions { DefenderRegionalEndpoint = "https://eu.api.security.microsoft.com" },
        }));
        Assert.Contains("DefenderRegionalEndpoint must contain {region}", string.Join('\n', error.Failures));
    }

    [Fact]
    public void DefenderScope_WithoutAnAudience_IsTheEndpointsOwn()
    {
        // The US Government hosts' scope is not documented apart from the host.
        Assert.Equal("https://api-gov.securitycenter.microsoft.us/.default", Catalog().Find("usgov")!.DefenderScope);
    }

    [Fact]
    public void Configuration_AddsACloud()
    {
        var catalog = Catalog(new()
        {
            ["contoso_private"] = new CloudOptions
            {
                DisplayName = "Private endpoints", AuthorityHost = "https://login.example.internal", GraphEndpoint = "https://graph.example.internal",
                ResourceManagerEndpoint = "https://arm.example.internal", ResourceManagerAudience = "https://management.core.windows.net/",
                PortalUrl = "https://portal.azure.com",
            },
        });
        Assert.Contains("contoso_private", catalog.Names);
        Assert.Equal("Private endpoints", catalog.Find("contoso_private")!.DisplayName);
    }

    [Fact]
    public void BadCloud_FailsWithEveryProblemNamed()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Catalog(new()
        {
            ["half"] = new CloudOptions { AuthorityHost = "http://login.example.internal", CaCertificatePath = "/nope/ca.pem" },
        }));
        var message = string.Join('\n', error.Failures);
        Assert.Contains("Azure:Clouds:half:AuthorityHost must be an absolute https URL", message);
        Assert.Contains("Azure:Clouds:half:GraphEndpoint is required", message);
        Assert.Contains("Azure:Clouds:half:ResourceManagerAudience is required", message);
        Assert.Contains("CaCertificatePath '/nope/ca.pem' does not exist", message);
    }
}
