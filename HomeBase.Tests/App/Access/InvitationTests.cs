using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>
/// An owner cannot pull an existing account into their tenant: adding it invites it, and only that person's own
/// acceptance makes them a member. An owner's "End sessions" reaches only their tenant.
/// </summary>
[Trait("Category", "App")]
public sealed class InvitationTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task AddingAnExistingAccount_Invites_AndOnlyAcceptingMakesAMember()
    {
        var (alphaOwner, bob) = await OwnerOfAlphaAndBobOfBravoAsync();

        var added = await Members.AddAsync(alphaOwner, Email(bob), "ignored", "ignored-password", Roles.Admin);

        Assert.True(added.Value!.Invited);
        Assert.False(await IsMemberAsync(bob.UserId, alphaOwner.TenantId));
        var listed = Assert.Single((await Members.InvitationsAsync(alphaOwner)).Value!);
        Assert.Equal(Roles.Admin, listed.Role);
        var offered = Assert.Single(await Members.InvitationsForAsync(bob.UserId));
        Assert.Equal(alphaOwner.TenantName, offered.TenantName);
        Assert.Equal(409, (await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer)).Failure!.Status);

        // Only the invited person can accept.
        Assert.Equal(404, (await Members.AcceptInvitationAsync(alphaOwner.Actor, offered.Id)).Failure!.Status);
        var joined = await Members.AcceptInvitationAsync(bob.Actor, offered.Id);

        Assert.True(joined.Succeeded, joined.Failure?.Detail);
        Assert.True(await IsMemberAsync(bob.UserId, alphaOwner.TenantId));
        Assert.Equal(Roles.Admin, await fixture.App.QueryAsync(db => db.TenantMemberships
            .Where(m => m.UserId == bob.UserId && m.TenantId == alphaOwner.TenantId).Select(m => m.Role).SingleAsync()));
        Assert.Empty(await Members.InvitationsForAsync(bob.UserId));
        var actions = await fixture.App.QueryAsync(db => db.AuditEntries.Where(a => a.TenantId == alphaOwner.TenantId).Select(a => a.Action).ToListAsync());
        Assert.Contains("member.invited", actions);
        Assert.Contains("member.joined", actions);
    }

    [Fact]
    public async Task DeclinedCancelledAndExpiredInvitations_MakeNoMember()
    {
        var (alphaOwner, bob) = await OwnerOfAlphaAndBobOfBravoAsync();

        await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer);
        Assert.True((await Members.DeclineInvitationAsync(bob.Actor, (await OnlyInvitationAsync(bob)).Id)).Succeeded);
        Assert.Empty(await Members.InvitationsForAsync(bob.UserId));

        await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer);
        var cancelled = await OnlyInvitationAsync(bob);
        Assert.True((await Members.CancelInvitationAsync(alphaOwner, cancelled.Id)).Succeeded);
        Assert.Equal(404, (await Members.AcceptInvitationAsync(bob.Actor, cancelled.Id)).Failure!.Status);

        await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer);
        var expiring = await OnlyInvitationAsync(bob);
        await fixture.App.QueryAsync(db => db.TenantInvitations.Where(i => i.Id == expiring.Id)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(410, (await Members.AcceptInvitationAsync(bob.Actor, expiring.Id)).Failure!.Status);
        Assert.Empty(await Members.InvitationsForAsync(bob.UserId));
        // An expired invitation gives way to a new one.
        Assert.True((await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer)).Value!.Invited);

        Assert.False(await IsMemberAsync(bob.UserId, alphaOwner.TenantId));
    }

    [Fact]
    public async Task OwnersOfAnotherTenant_NeitherSeeNorCancelTheInvitation()
    {
        var (alphaOwner, bob) = await OwnerOfAlphaAndBobOfBravoAsync();
        await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer);
        var stranger = await TestMembers.AddAsync(fixture.App.Services, (await fixture.TenantAsync()).Id, Roles.Owner);

        Assert.Empty((await Members.InvitationsAsync(stranger)).Value!);
        Assert.Equal(404, (await Members.CancelInvitationAsync(stranger, (await OnlyInvitationAsync(bob)).Id)).Failure!.Status);
    }

    [Fact]
    public async Task EndSessions_OfAPersonInTwoTenants_EndsOnlyTheOwnersTenant()
    {
        var (alphaOwner, bob) = await OwnerOfAlphaAndBobOfBravoAsync();
        await Members.AddAsync(alphaOwner, Email(bob), "", "", Roles.Viewer);
        await Members.AcceptInvitationAsync(bob.Actor, (await OnlyInvitationAsync(bob)).Id);
        var stamp = await StampAsync(bob.UserId);
        var signedIn = DateTime.UtcNow.AddSeconds(-5);
        var bobInAlpha = bob with { TenantId = alphaOwner.TenantId, TenantName = alphaOwner.TenantName, Role = Roles.Viewer, SecurityStamp = stamp, SignedInAt = signedIn };
        var bobInBravo = bob with { SecurityStamp = stamp, SignedInAt = signedIn };

        Assert.True((await Members.EndSessionsAsync(alphaOwner, bob.UserId)).Succeeded);

        Assert.Equal(stamp, await StampAsync(bob.UserId));
        Assert.Equal("session_ended", (await Guard.RequireAsync(bobInAlpha, Roles.Viewer))!.Code);
        Assert.Null(await Guard.RequireAsync(bobInBravo, Roles.Viewer));
        var reachable = await Accounts.MembershipsAsync(bob.UserId, signedIn);
        Assert.DoesNotContain(reachable, m => m.TenantId == alphaOwner.TenantId);
        Assert.Contains(reachable, m => m.TenantId == bob.TenantId);
        // Signing in again reaches Alpha again.
        var later = DateTime.UtcNow.AddSeconds(1);
        Assert.Null(await Guard.RequireAsync(bobInAlpha with { SignedInAt = later }, Roles.Viewer));
        Assert.Contains(await Accounts.MembershipsAsync(bob.UserId, later), m => m.TenantId == alphaOwner.TenantId);
    }

    private async Task<(TenantAccess AlphaOwner, TenantAccess Bob)> OwnerOfAlphaAndBobOfBravoAsync()
    {
        var alpha = await fixture.TenantAsync();
        var bravo = await fixture.TenantAsync();
        return (await TestMembers.AddAsync(fixture.App.Services, alpha.Id, Roles.Owner),
            await TestMembers.AddAsync(fixture.App.Services, bravo.Id, Roles.Owner, name: "Bob Bravo"));
    }

    private async Task<Invitation> OnlyInvitationAsync(TenantAccess person) => Assert.Single(await Members.InvitationsForAsync(person.UserId));

    private static string Email(TenantAccess access) => access.UserName;

    private Task<bool> IsMemberAsync(string userId, string tenantId) =>
        fixture.App.QueryAsync(db => db.TenantMemberships.AnyAsync(m => m.UserId == userId && m.TenantId == tenantId));

    private Task<string?> StampAsync(string userId) =>
        fixture.App.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    private MemberService Members => fixture.App.Services.CreateScope().ServiceProvider.GetRequiredService<MemberService>();

    private AccountService Accounts => fixture.App.Services.CreateScope().ServiceProvider.GetRequiredService<AccountService>();

    private AccessGuard Guard => fixture.App.Services.GetRequiredService<AccessGuard>();
}
