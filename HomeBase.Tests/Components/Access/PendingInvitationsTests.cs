using Bunit;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using HomeBase.Web.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Components.Access;

/// <summary>The invited person's account page offers the invitation; joining is their click.</summary>
[Trait("Category", "Components")]
public sealed class PendingInvitationsTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task AccountPage_ShowsTheInvitation_AndJoinMakesThePersonAMember()
    {
        var alpha = await fixture.TenantAsync();
        var bravo = await fixture.TenantAsync();
        var alphaOwner = await TestMembers.AddAsync(fixture.App.Services, alpha.Id, Roles.Owner, name: "Ada Alpha");
        var bob = await TestMembers.AddAsync(fixture.App.Services, bravo.Id, Roles.Viewer);
        using (var scope = fixture.App.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<MemberService>().AddAsync(alphaOwner, bob.UserName, "", "", Roles.Admin)).Value!.Invited);
        }
        await using var context = PageContexts.SignedIn(fixture.App, bob.UserId, out var appScope);
        using var _ = appScope;

        var page = context.Render<AccountPage>(parameters => parameters.AddCascadingValue(new SessionInfo(bravo.Id, "127.0.0.1")));

        page.WaitForAssertion(() => Assert.Contains("Ada Alpha invites you to", page.Find("[data-testid=invitation]").TextContent));
        Assert.Contains("admin", page.Find("[data-testid=invitation]").TextContent);
        page.Find("[data-testid=accept-invitation]").Click();

        await WaitUntilAsync(() => fixture.App.QueryAsync(db => db.TenantMemberships.AnyAsync(m => m.UserId == bob.UserId && m.TenantId == alpha.Id)));
        Assert.Empty(await fixture.App.QueryAsync(db => db.TenantInvitations.Where(i => i.UserId == bob.UserId).ToListAsync()));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail("The condition never held.");
    }
}
