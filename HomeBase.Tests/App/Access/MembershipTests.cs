using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

[Trait("Category", "App")]
public sealed class MembershipTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task FirstOwner_BelongsToEveryTenantAsOwner_InNameOrder()
    {
        await fixture.App.CreateTenantAsync("Zeta");
        await fixture.App.CreateTenantAsync("Alpha");
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var owner = (await accounts.CreateOwnerFromCommandLineAsync("owner@example.test", "Owner", "Correct-Horse-9-Battery")).Value!;
        var memberships = await accounts.MembershipsAsync(owner.Id, DateTime.UtcNow);

        Assert.Equal(memberships.Select(m => m.TenantName).Order(StringComparer.Ordinal), memberships.Select(m => m.TenantName));
        Assert.Contains(memberships, m => m.TenantName == "Alpha");
        Assert.All(memberships, m => Assert.Equal(Roles.Owner, m.Role));
        Assert.False((await accounts.CreateOwnerFromCommandLineAsync("second@example.test", "Second", "Correct-Horse-9-Battery")).Succeeded);
    }
}
