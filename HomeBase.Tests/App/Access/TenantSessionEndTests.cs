using System.Net;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>
/// Over HTTP with real session cookies: an owner's "End sessions" takes their tenant away from the person's open
/// sessions, leaves the person's other tenant alone, and survives the session's periodic revalidation.
/// </summary>
[Trait("Category", "App")]
public sealed class TenantSessionEndTests : IAsyncLifetime
{
    // Sessions are revalidated on every request, so a principal rebuilt without the original sign-in time would show at once.
    private readonly HomeBaseApp app = new AppCheckingSessionsAlways();

    [Fact]
    public async Task EndSessions_TakesOnlyTheOwnersTenantFromTheOpenSession()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress))
        {
            await setup.SubmitAsync("/account/setup", new Dictionary<string, string>
            {
                ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Ada Owner", ["Form.Email"] = "ada@contoso.example",
                ["Form.Password"] = TestMembers.Password, ["Form.ConfirmPassword"] = TestMembers.Password,
            });
        }
        var defaultTenant = await app.QueryAsync(db => db.Tenants.Select(t => t.Id).SingleAsync());
        var adaId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "ada@contoso.example").Select(u => u.Id).SingleAsync());
        var ada = new TenantAccess(adaId, "ada@contoso.example", defaultTenant, "Default", Roles.Owner, "127.0.0.1");
        var other = await app.CreateTenantAsync("Fabrikam");
        var bob = await TestMembers.AddAsync(app.Services, other.Id, Roles.Viewer, "bob@fabrikam.example", "Bob");
        await app.QueryAsync(db =>
        {
            db.TenantMemberships.Add(new TenantMembership { UserId = bob.UserId, TenantId = defaultTenant, Role = Roles.Viewer, CreatedAt = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        using var session = new BrowserlessSession(app.BaseAddress);
        var signIn = await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = "bob@fabrikam.example", ["Form.Password"] = TestMembers.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await CanSwitchToAsync(session, defaultTenant));

        using (var scope = app.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<MemberService>().EndSessionsAsync(ada, bob.UserId)).Succeeded);
        }

        Assert.False(await CanSwitchToAsync(session, defaultTenant));
        Assert.True(await CanSwitchToAsync(session, other.Id));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/settings/account")).StatusCode);
        // Signing in again reaches the tenant again.
        using var again = new BrowserlessSession(app.BaseAddress);
        await again.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = "bob@fabrikam.example", ["Form.Password"] = TestMembers.Password });
        Assert.True(await CanSwitchToAsync(again, defaultTenant));
    }

    private static async Task<bool> CanSwitchToAsync(BrowserlessSession session, string tenantId)
    {
        var switched = await session.SubmitAsync("/settings/account",
            new Dictionary<string, string> { ["tenant_id"] = tenantId, ["return_url"] = "/settings/account" }, formPath: "/account/tenant");
        return switched.StatusCode == HttpStatusCode.Redirect && switched.Headers.Location!.OriginalString == "/settings/account";
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class AppCheckingSessionsAlways() : HomeBaseApp((builder, _) =>
        builder.UseSetting("Authentication:SessionRevalidationInterval", "00:00:00"));
}
