using System.Net;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

/// <summary>
/// The first owner owns every tenant, so creating it is the most valuable request a new server answers: outside
/// Development it needs the set-up token from the log, and of any number of simultaneous set-ups exactly one wins.
/// </summary>
[Trait("Category", "App")]
public sealed class OwnerSetupTests
{
    private const string Password = "Correct-Horse-9-Battery";

    private static Dictionary<string, string> Fields(string email, string? token) => new()
    {
        ["Form.SetupToken"] = token ?? "", ["Form.DisplayName"] = "Owner", ["Form.Email"] = email, ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
    };

    [Fact]
    public async Task WithoutTheTokenFromTheLog_NobodyBecomesOwner()
    {
        await using var app = new HomeBaseApp();
        var token = app.SetupToken;
        using var visitor = new BrowserlessSession(app.BaseAddress);

        var page = await (await visitor.GetAsync("/account/setup")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"setup-token\"", page);
        foreach (var guess in new[] { null, "0123456789abcdef0123456789abcdef", token[..^1] })
        {
            var refused = await visitor.SubmitAsync("/account/setup", Fields("first@example.test", guess));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Enter the set-up token from HomeBase", await refused.Content.ReadAsStringAsync());
        }
        // An expired token is no better than a wrong one.
        await app.QueryAsync(db => db.OwnerSetupTokens.ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var expired = await visitor.SubmitAsync("/account/setup", Fields("first@example.test", token));
        Assert.Contains("Enter the set-up token from HomeBase", await expired.Content.ReadAsStringAsync());

        Assert.Equal(0, await app.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OwnerClaims.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.TenantMemberships.CountAsync()));
    }

    [Fact]
    public async Task WithTheToken_TheOwnerIsCreatedAndEveryTokenIsSpent()
    {
        await using var app = new HomeBaseApp();
        await app.CreateTenantAsync("Contoso");
        // The token is stored only as its hash.
        var token = app.SetupToken;
        Assert.Equal(OwnerSetupTokens.Hash(token), (await app.QueryAsync(db => db.OwnerSetupTokens.SingleAsync())).Hash);
        Assert.NotEqual(token, OwnerSetupTokens.Hash(token));

        using var visitor = new BrowserlessSession(app.BaseAddress);
        var created = await visitor.SubmitAsync("/account/setup", Fields("owner@example.test", $"  {token.ToUpperInvariant()} "));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var owner = await app.QueryAsync(db => db.Users.SingleAsync());
        Assert.Equal("owner@example.test", owner.Email);
        Assert.Equal(owner.Id, (await app.QueryAsync(db => db.OwnerClaims.SingleAsync())).UserId);
        var memberships = await app.QueryAsync(db => db.TenantMemberships.ToListAsync());
        Assert.Equal(await app.QueryAsync(db => db.Tenants.CountAsync()), memberships.Count);
        Assert.All(memberships, m => Assert.Equal((owner.Id, Roles.Owner), (m.UserId, m.Role)));
        Assert.Equal(0, await app.QueryAsync(db => db.OwnerSetupTokens.CountAsync()));
    }

    [Fact]
    public async Task SimultaneousSetups_MakeExactlyOneOwner()
    {
        await using var app = new HomeBaseApp();
        await app.CreateTenantAsync("Contoso");
        var token = app.SetupToken;

        // Eight browsers at once (the limiter allows ten set-up posts a minute from one address), each with the page
        // open before any posts. One becomes the owner and goes home; each other is told the owner exists, or, when
        // its post arrives after the winner's has committed, sent to sign-in as the closed set-up page does.
        var browsers = Enumerable.Range(0, 8).Select(_ => new BrowserlessSession(app.BaseAddress)).ToList();
        var forms = await Task.WhenAll(browsers.Select((b, i) => b.FillAsync("/account/setup", Fields($"racer{i}@example.test", token))));
        var posts = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync("/account/setup", forms[i])));
        browsers.ForEach(b => b.Dispose());
        var answers = await Task.WhenAll(posts.Select(async p => (p.StatusCode, Where: p.Headers.Location is { } to ? new Uri(app.BaseAddress, to).AbsolutePath : null,
            Body: await p.Content.ReadAsStringAsync())));
        var seen = string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Where} {System.Text.RegularExpressions.Regex.Match(a.Body, "hb-alert[^<]*<[^<]*|validation-message[^<]*")}"));
        Assert.True(answers.Count(a => a.Where == "/") == 1, seen);
        Assert.All(answers.Where(a => a.Where != "/"), a => Assert.True(
            a.Where == "/account/login" || (a.StatusCode == HttpStatusCode.OK && a.Body.Contains("The owner account exists already", StringComparison.Ordinal)), seen));

        // … and twenty set-ups racing in the service itself, past the "any account yet?" check they all pass.
        await using var fresh = new HomeBaseApp();
        await fresh.CreateTenantAsync("Fabrikam");
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = fresh.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AccountService>().CreateOwnerAsync($"racer{i}@example.test", "Racer", Password, "127.0.0.1", fresh.SetupToken);
        }));

        foreach (var target in new[] { app, fresh })
        {
            Assert.Equal(1, await target.QueryAsync(db => db.Users.CountAsync()));
            Assert.Equal(1, await target.QueryAsync(db => db.TenantMemberships.Select(m => m.UserId).Distinct().CountAsync()));
            Assert.Equal(1, await target.QueryAsync(db => db.OwnerClaims.CountAsync()));
        }
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("owner_exists", r.Failure!.Code));
    }

    [Fact]
    public async Task InDevelopment_NoTokenIsAskedForOrPrinted()
    {
        await using var app = new HomeBaseApp("Development");
        using var visitor = new BrowserlessSession(app.BaseAddress);

        Assert.DoesNotContain("id=\"setup-token\"", await (await visitor.GetAsync("/account/setup")).Content.ReadAsStringAsync());
        var created = await visitor.SubmitAsync("/account/setup", Fields("dev@example.test", null));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.CountAsync()));
        Assert.DoesNotContain("set-up token", app.Logs.AllText, StringComparison.Ordinal);
    }
}
