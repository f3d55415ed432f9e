using System.Net;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Access;

/// <summary>Local mode: the one-time owner set-up, sign-in, lockout and sign-out, over real HTTP with cookies.</summary>
[Trait("Category", "App")]
public sealed class LocalSignInTests : IAsyncLifetime
{
    private const string Email = "owner@contoso.example";
    private const string Password = "Correct-Horse-9-Battery";

    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task FreshDatabase_SendsTheFirstVisitorToSetUpThenOnlyToSignIn()
    {
        using var visitor = new BrowserlessSession(app.BaseAddress);
        var home = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/setup", Target(home));

        var created = await CreateOwnerAsync(visitor);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/", Target(created));

        // Signed in straight away, and owner of every tenant.
        var signedIn = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(Email, await signedIn.Content.ReadAsStringAsync());
        var memberships = await app.QueryAsync(db => db.TenantMemberships.ToListAsync());
        Assert.NotEmpty(memberships);
        Assert.All(memberships, m => Assert.Equal(Roles.Owner, m.Role));

        // Set-up is once only; strangers are sent to sign in.
        using var stranger = new BrowserlessSession(app.BaseAddress);
        var again = await stranger.GetAsync("/account/setup");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("/account/login", again.Headers.Location!.OriginalString);
        var page = await stranger.GetAsync("/");
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_ReachesThePagesAndSignOutEndsIt()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress)) await CreateOwnerAsync(setup);
        using var session = new BrowserlessSession(app.BaseAddress);

        var signIn = await session.SubmitAsync("/account/login?returnUrl=%2Fnot-found", new Dictionary<string, string>
        {
            ["Form.Email"] = Email, ["Form.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/not-found", Target(signIn));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);

        var signOut = await session.SubmitAsync("/", new Dictionary<string, string>(), formPath: "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await session.GetAsync("/");
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutTellingWhichPartWasWrongAndLocksAfterFive()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress)) await CreateOwnerAsync(setup);
        using var session = new BrowserlessSession(app.BaseAddress);

        var unknown = await SignInAsync(session, "nobody@contoso.example", Password);
        var wrong = await SignInAsync(session, Email, "not-the-password-1A");
        Assert.Contains("The email or password is not correct.", unknown);
        Assert.Contains("The email or password is not correct.", wrong);

        for (var i = 0; i < 4; i++) await SignInAsync(session, Email, "not-the-password-1A");
        var locked = await SignInAsync(session, Email, Password);
        Assert.Contains("locked", locked);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress)) await CreateOwnerAsync(setup);
        using var session = new BrowserlessSession(app.BaseAddress);
        var signIn = await session.SubmitAsync("/account/login?returnUrl=%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Form.Email"] = Email, ["Form.Password"] = Password,
        });
        Assert.Equal("/", Target(signIn));
        Assert.Equal(app.BaseAddress.Authority, new Uri(app.BaseAddress, signIn.Headers.Location!).Authority);
    }

    [Fact]
    public async Task Setup_WeakPassword_IsRefusedWithTheReasonAndNothingIsCreated()
    {
        using var visitor = new BrowserlessSession(app.BaseAddress);
        var response = await visitor.SubmitAsync("/account/setup", new Dictionary<string, string>
        {
            ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Owner One", ["Form.Email"] = Email, ["Form.Password"] = "alllowercase-no-digits", ["Form.ConfirmPassword"] = "alllowercase-no-digits",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("uppercase", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Api_IsUnaffected_ApiKeysStillWorkWithoutAnyAccount()
    {
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);
        using var anonymous = app.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/v1/integrations")).StatusCode);
    }

    /// <summary>Where a redirect points, as a path on this site.</summary>
    private string Target(HttpResponseMessage response) => new Uri(app.BaseAddress, response.Headers.Location!).PathAndQuery;

    private Task<HttpResponseMessage> CreateOwnerAsync(BrowserlessSession session) =>
        session.SubmitAsync("/account/setup", new Dictionary<string, string>
        {
            ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Owner One", ["Form.Email"] = Email, ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
        });

    private static async Task<string> SignInAsync(BrowserlessSession session, string email, string password)
    {
        var response = await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });
        return await response.Content.ReadAsStringAsync();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
