using HomeBase.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Access;

[Trait("Category", "App")]
public sealed class SecurityHeaderTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Fact]
    public async Task Pages_CarryTheContentSecurityPolicyAndRefuseFraming()
    {
        using var session = new BrowserlessSession(fixture.App.BaseAddress);
        var page = await session.GetAsync("/account/login");

        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        // No inline script may remain, or the policy would break the page.
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnly()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<HomeBase.Core.Access.AccountService>();
        await accounts.CreateOwnerFromCommandLineAsync("cookie@example.test", "Cookie", "Correct-Horse-9-Battery");
        using var session = new BrowserlessSession(fixture.App.BaseAddress);
        var response = await session.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Form.Email"] = "cookie@example.test", ["Form.Password"] = "Correct-Horse-9-Battery",
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("HomeBase.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
