using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>
/// A page keeps the access it resolved when it opened; every action is checked again against the database, so
/// what an owner changed meanwhile (a removal, a lower role, ended sessions) holds at once.
/// </summary>
[Trait("Category", "App")]
public sealed class AccessGuardTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task RemovedOwner_OpenSnapshot_CannotCreateAKey()
    {
        var (owner, other) = await TwoOwnersAsync();
        Assert.True((await Members.RemoveAsync(owner, other.UserId)).Succeeded);

        var refused = await Keys.CreateAsync(other, new NewApiKey("after-removal", [ApiKeyScopes.IntegrationsRead]));

        Assert.Equal(403, refused.Failure!.Status);
        Assert.Contains("no longer a member", refused.Failure.Detail);
        Assert.Equal(0, await KeysNamedAsync(owner.TenantId, "after-removal"));
    }

    [Fact]
    public async Task DemotedOwner_OpenSnapshot_IsRefusedWithTheNewRole()
    {
        var (owner, other) = await TwoOwnersAsync();
        Assert.True((await Members.ChangeRoleAsync(owner, other.UserId, Roles.Viewer)).Succeeded);

        var refused = await Keys.CreateAsync(other, new NewApiKey("after-demotion", [ApiKeyScopes.IntegrationsRead]));

        Assert.Equal(403, refused.Failure!.Status);
        Assert.Contains("yours is now viewer", refused.Failure.Detail);
        Assert.Equal(0, await KeysNamedAsync(owner.TenantId, "after-demotion"));
        // What a viewer may still do, it still may.
        Assert.True((await Scopes.ResolveAsync(other, null, "24h", null, null)).Succeeded);
    }

    [Fact]
    public async Task EndedSessions_RefuseTheOldSessionsSnapshot_AndAllowANewSignIn()
    {
        var (owner, other) = await TwoOwnersAsync();
        var session = other with { SecurityStamp = await StampAsync(other.UserId) };
        Assert.True((await Keys.CreateAsync(session, new NewApiKey("before-ending", [ApiKeyScopes.IntegrationsRead]))).Succeeded);

        Assert.True((await Members.EndSessionsAsync(owner, other.UserId)).Succeeded);

        var refused = await Keys.CreateAsync(session, new NewApiKey("after-ending", [ApiKeyScopes.IntegrationsRead]));
        Assert.Equal(401, refused.Failure!.Status);
        Assert.Equal("session_ended", refused.Failure.Code);
        var signedInAgain = other with { SecurityStamp = await StampAsync(other.UserId) };
        Assert.True((await Keys.CreateAsync(signedInAgain, new NewApiKey("signed-in-again", [ApiKeyScopes.IntegrationsRead]))).Succeeded);
    }

    [Fact]
    public async Task SnapshotClaimingAStrongerRole_IsRefused()
    {
        var tenant = await fixture.TenantAsync();
        var viewer = await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer);

        var refused = await Keys.CreateAsync(viewer with { Role = Roles.Owner }, new NewApiKey("escalated", [ApiKeyScopes.IntegrationsRead]));

        Assert.Equal(403, refused.Failure!.Status);
        Assert.Equal(0, await KeysNamedAsync(tenant.Id, "escalated"));
    }

    private async Task<(TenantAccess Owner, TenantAccess Other)> TwoOwnersAsync()
    {
        var tenant = await fixture.TenantAsync();
        return (await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Owner),
            await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Owner));
    }

    private Task<string?> StampAsync(string userId) =>
        fixture.App.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    private Task<int> KeysNamedAsync(string tenantId, string name) =>
        fixture.App.QueryAsync(db => db.ApiKeys.CountAsync(k => k.TenantId == tenantId && k.Name == name));

    private MemberService Members => fixture.App.Services.CreateScope().ServiceProvider.GetRequiredService<MemberService>();

    private ApiKeyService Keys => fixture.App.Services.GetRequiredService<ApiKeyService>();

    private HomeBase.Core.Dashboards.DashboardScopes Scopes => fixture.App.Services.GetRequiredService<HomeBase.Core.Dashboards.DashboardScopes>();
}
