using System.Net;
using HomeBase.Core.Access;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>An address that leads nowhere answers 404 with the app's own page, not an empty response the browser replaces.</summary>
[Trait("Category", "App")]
public sealed class NotFoundPageTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/dashboards/no-such-dashboard")]
    public async Task UnknownAddress_SignedIn_ShowsTheNotFoundPage(string address)
    {
        var tenant = await fixture.TenantAsync();
        var email = $"lost-{Guid.NewGuid():N}@example.test";
        await TestMembers.AddAsync(fixture.App.Services, tenant.Id, Roles.Viewer, email, "Lou Lost");
        using var session = new BrowserlessSession(fixture.App.BaseAddress);
        await session.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestMembers.Password });

        var response = await session.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<main", html);
        Assert.Contains("data-testid=\"not-found\"", html);
    }
}
