using HomeBase.Core.Access;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Auditing;
using HomeBase.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>The Core services behind the pages check the role and the tenant themselves.</summary>
[Trait("Category", "App")]
public sealed class RoleAccessTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    /// <summary>A real member: Core checks each action against the membership in the database.</summary>
    private Task<TenantAccess> As(TestTenant tenant, string role) => TestMembers.AddAsync(fixture.App.Services, tenant.Id, role);

    [Theory]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Owner, true)]
    public async Task AuditLog_IsForAdminsAndOwners(string role, bool allowed)
    {
        var tenant = await fixture.TenantAsync();
        var result = await fixture.App.Services.GetRequiredService<AuditLogService>().ListAsync(await As(tenant, role), new AuditFilter());
        Assert.Equal(allowed, result.Succeeded);
        if (!allowed) Assert.Equal(403, result.Failure!.Status);
        else Assert.Contains(result.Value!, e => e.Action == "api_key.created");
    }

    [Theory]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.Admin, false)]
    [InlineData(Roles.Owner, true)]
    public async Task ApiKeys_AreForOwnersOnly(string role, bool allowed)
    {
        var tenant = await fixture.TenantAsync();
        var keys = fixture.App.Services.GetRequiredService<ApiKeyService>();
        var member = await As(tenant, role);
        Assert.Equal(allowed, (await keys.ListAsync(member)).Succeeded);
        Assert.Equal(allowed, (await keys.CreateAsync(member, new NewApiKey("ci", [ApiKeyScopes.IntegrationsRead]))).Succeeded);
        Assert.Equal(allowed, (await keys.RevokeAsync(member, tenant.KeyId)).Succeeded);
    }

    [Fact]
    public async Task ApiKeys_OfAnotherTenant_CannotBeRevokedByGuessingTheirId()
    {
        var mine = await fixture.TenantAsync();
        var theirs = await fixture.TenantAsync();
        var keys = fixture.App.Services.GetRequiredService<ApiKeyService>();

        var result = await keys.RevokeAsync(await As(mine, Roles.Owner), theirs.KeyId);

        Assert.Equal(404, result.Failure!.Status);
        Assert.True((await keys.ListAsync(theirs.Id)).Single(k => k.Key.Id == theirs.KeyId).Key.IsActive);
    }

    [Fact]
    public async Task AuditLog_ShowsOnlyTheCurrentTenantsEntries()
    {
        var mine = await fixture.TenantAsync();
        var theirs = await fixture.TenantAsync();
        var entries = (await fixture.App.Services.GetRequiredService<AuditLogService>().ListAsync(await As(mine, Roles.Admin), new AuditFilter())).Value!;
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(mine.Id, e.TenantId));
        Assert.DoesNotContain(entries, e => e.TargetId == theirs.KeyId);
    }

    [Fact]
    public void Roles_AreOrderedViewerAdminOwner()
    {
        Assert.True(Roles.Allows(Roles.Owner, Roles.Admin));
        Assert.True(Roles.Allows(Roles.Admin, Roles.Viewer));
        Assert.False(Roles.Allows(Roles.Viewer, Roles.Admin));
        Assert.False(Roles.Allows("superuser", Roles.Viewer));
        Assert.False(Roles.Allows(null, Roles.Viewer));
    }
}
