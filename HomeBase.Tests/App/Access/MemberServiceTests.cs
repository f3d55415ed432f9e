using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>Owners manage who belongs to their tenant; nobody else can, and a tenant never loses its last owner.</summary>
[Trait("Category", "App")]
public sealed class MemberServiceTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private const string Password = "Correct-Horse-9-Battery";

    [Fact]
    public async Task Owner_AddsAViewerWhoCanSignInWithThatRoleOnly()
    {
        var (members, owner) = await OwnerOfNewTenantAsync();
        var added = await members.AddAsync(owner, "viewer@example.test", "Val Viewer", Password, Roles.Viewer);

        Assert.True(added.Succeeded, added.Failure?.Detail);
        var listed = (await members.ListAsync(owner)).Value!;
        Assert.Contains(listed, m => m.Email == "viewer@example.test" && m.Role == Roles.Viewer);
        Assert.Contains(await fixture.App.QueryAsync(db => db.AuditEntries.Where(a => a.TenantId == owner.TenantId).Select(a => a.Action).ToListAsync()),
            a => a == "member.added");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Admin)]
    public async Task NonOwners_CannotManageMembers(string role)
    {
        var (members, owner) = await OwnerOfNewTenantAsync();
        var weaker = owner with { Role = role };
        Assert.Equal(403, (await members.ListAsync(weaker)).Failure!.Status);
        Assert.Equal(403, (await members.AddAsync(weaker, $"x-{role}@example.test", "X", Password, Roles.Owner)).Failure!.Status);
        Assert.Equal(403, (await members.ChangeRoleAsync(weaker, owner.UserId, Roles.Viewer)).Failure!.Status);
        Assert.Equal(403, (await members.RemoveAsync(weaker, owner.UserId)).Failure!.Status);
        Assert.Equal(403, (await members.EndSessionsAsync(weaker, owner.UserId)).Failure!.Status);
    }

    [Fact]
    public async Task Owner_EndsAMembersSessions_ByChangingTheirSecurityStamp()
    {
        var (members, owner) = await OwnerOfNewTenantAsync();
        var viewer = (await members.AddAsync(owner, "ended@example.test", "Ed Ended", Password, Roles.Viewer)).Value!;
        var before = await fixture.App.QueryAsync(db => db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.SecurityStamp).SingleAsync());

        Assert.True((await members.EndSessionsAsync(owner, viewer.UserId)).Succeeded);

        var after = await fixture.App.QueryAsync(db => db.Users.Where(u => u.Id == viewer.UserId).Select(u => u.SecurityStamp).SingleAsync());
        Assert.NotEqual(before, after);
        Assert.Contains(await fixture.App.QueryAsync(db => db.AuditEntries.Where(a => a.TenantId == owner.TenantId).Select(a => a.Action).ToListAsync()),
            a => a == "member.sessions_ended");
    }

    [Fact]
    public async Task LastOwner_CannotBeDemotedOrRemoved()
    {
        var (members, owner) = await OwnerOfNewTenantAsync();
        Assert.Equal("last_owner", (await members.ChangeRoleAsync(owner, owner.UserId, Roles.Admin)).Failure!.Code);
        Assert.Equal("last_owner", (await members.RemoveAsync(owner, owner.UserId)).Failure!.Code);
    }

    [Fact]
    public async Task MembersOfAnotherTenant_AreNotFound()
    {
        var (members, owner) = await OwnerOfNewTenantAsync();
        var (_, other) = await OwnerOfNewTenantAsync();
        Assert.Equal(404, (await members.RemoveAsync(owner, other.UserId)).Failure!.Status);
        Assert.Equal(404, (await members.ChangeRoleAsync(owner, other.UserId, Roles.Viewer)).Failure!.Status);
        Assert.Equal(404, (await members.EndSessionsAsync(owner, other.UserId)).Failure!.Status);
    }

    private async Task<(MemberService Members, TenantAccess Owner)> OwnerOfNewTenantAsync()
    {
        var tenant = await fixture.TenantAsync();
        var scope = fixture.App.Services.CreateScope();
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        return (members, await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Owner));
    }
}
