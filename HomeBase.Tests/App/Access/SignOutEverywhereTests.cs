using System.Net;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Access;

/// <summary>"Sign out everywhere" ends the account's other sessions too; the account forms refuse cross-site posts.</summary>
[Trait("Category", "App")]
public sealed class SignOutEverywhereTests : IAsyncLifetime
{
    private const string Email = "owner@contoso.example";
    private const string Password = "Correct-Horse-9-Battery";

    // Sessions are re-checked on every request here instead of every minute, so the test need not wait.
    private readonly HomeBaseApp app = new AppCheckingSessionsAlways();

    [Fact]
    public async Task SignOutEverywhere_EndsTheOtherBrowsersSessionAndLeavesOtherAccountsAlone()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress))
        {
            await setup.SubmitAsync("/account/setup", new Dictionary<string, string>
            {
                ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Owner One", ["Form.Email"] = Email, ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
            });
        }
        using var laptop = await SignedInAsync();
        using var phone = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/settings/account")).StatusCode);

        var ended = await laptop.SubmitAsync("/settings/account", new Dictionary<string, string>(), formPath: "/account/logout-everywhere");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        foreach (var session in new[] { laptop, phone })
        {
            var page = await session.GetAsync("/settings/account");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        }
        // Signing in again works: only the old sessions ended.
        using var again = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/settings/account")).StatusCode);
    }

    [Fact]
    public async Task AccountForms_ForgedFromAnotherSite_AreRefusedAndTheSessionLives()
    {
        using (var setup = new BrowserlessSession(app.BaseAddress))
        {
            await setup.SubmitAsync("/account/setup", new Dictionary<string, string>
            {
                ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Owner One", ["Form.Email"] = Email, ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
            });
        }
        using var session = await SignedInAsync();
        foreach (var form in new[] { "/account/logout-everywhere", "/account/logout", "/account/tenant" })
        {
            var forged = await session.PostWithoutTokenAsync(form);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/settings/account")).StatusCode);
    }

    private async Task<BrowserlessSession> SignedInAsync()
    {
        var session = new BrowserlessSession(app.BaseAddress);
        var signIn = await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = Email, ["Form.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return session;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class AppCheckingSessionsAlways() : HomeBaseApp((builder, _) =>
        builder.UseSetting("Authentication:SessionRevalidationInterval", "00:00:00"));
}
