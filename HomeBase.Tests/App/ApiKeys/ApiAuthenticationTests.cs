using System.Net;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.ApiKeys;

[Trait("Category", "App")]
public sealed class ApiAuthenticationTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private HomeBaseApp App => fixture.App;

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer hb_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("Bearer not-a-homebase-key")]
    public async Task AnyEndpoint_WithoutAValidKey_Returns401Problem(string? authorization)
    {
        using var client = App.CreateApiClient();
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.GetAsync("/v1/integrations");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task RevokedKey_IsRefusedAtOnce()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);

        await App.Services.GetRequiredService<ApiKeyService>().RevokeAsync(tenant.KeyId, Actor.CommandLine);

        await (await client.GetAsync("/v1/integrations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task UsedKey_RecordsWhenItWasLastUsed()
    {
        var tenant = await fixture.TenantAsync();
        Assert.Null(await App.QueryAsync(db => db.ApiKeys.Where(k => k.Id == tenant.KeyId).Select(k => k.LastUsedAt).SingleAsync()));
        using var client = App.CreateApiClient(tenant.ApiKey);

        await client.GetAsync("/v1/integrations");

        var lastUsed = await App.QueryAsync(db => db.ApiKeys.Where(k => k.Id == tenant.KeyId).Select(k => k.LastUsedAt).SingleAsync());
        Assert.NotNull(lastUsed);
        Assert.InRange(lastUsed.Value, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task ApiKeys_AreStoredOnlyAsHashes()
    {
        var tenant = await fixture.TenantAsync();
        var stored = await App.QueryAsync(db => db.ApiKeys.SingleAsync(k => k.Id == tenant.KeyId));
        Assert.DoesNotContain(tenant.ApiKey, stored.Hash);
        Assert.Equal(tenant.ApiKey[..10], stored.Prefix);
        Assert.Equal(64, stored.Hash.Length);
    }

    [Fact]
    public async Task UnknownApiPath_Returns404Problem()
    {
        var tenant = await fixture.TenantAsync();
        using var client = App.CreateApiClient(tenant.ApiKey);
        await (await client.GetAsync("/v1/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
