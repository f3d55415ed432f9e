using System.Net;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>
/// Behind a configured reverse proxy the client's address and scheme come from X-Forwarded-For and -Proto: the audit
/// log and the sign-in limiter see the real client, HTTPS at the proxy gives secure cookies and HSTS. From anyone
/// else, the headers change nothing, so a client cannot choose its own address.
/// </summary>
[Trait("Category", "App")]
public sealed class ReverseProxyTests
{
    private const string Password = "Correct-Horse-9-Battery";

    private static Dictionary<string, string> Forwarded(string client) => new() { ["X-Forwarded-For"] = client, ["X-Forwarded-Proto"] = "https" };

    [Fact]
    public async Task BehindAConfiguredProxy_TheClientsAddressAndSchemeAreUsed()
    {
        await using var app = new AppBehindProxy("127.0.0.1");
        using var browser = new BrowserlessSession(app.BaseAddress, Forwarded("203.0.113.7"));

        var setup = await browser.SubmitAsync("/account/setup", new Dictionary<string, string>
        {
            ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Proxy Owner", ["Form.Email"] = "proxy@example.test", ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        var created = await app.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "user.created"));
        Assert.Equal("203.0.113.7", created.IpAddress);
        // HTTPS at the proxy: the session cookie is secure and the browser is told to stay on HTTPS.
        Assert.Contains(setup.Headers.GetValues("Set-Cookie"), c => c.StartsWith("HomeBase.Session=", StringComparison.Ordinal)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(await SendsHstsAsync(app, "203.0.113.7"));

        // Ten sign-in posts a minute per client: this client is held back, the next client behind the same proxy is not.
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        async Task<HttpStatusCode> PostLoginAsync(string from)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
            foreach (var (name, value) in Forwarded(from)) request.Headers.Add(name, value);
            return (await client.SendAsync(request)).StatusCode;
        }
        for (var i = 0; i < 10; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostLoginAsync("203.0.113.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostLoginAsync("203.0.113.9"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostLoginAsync("203.0.113.10"));
    }

    [Fact]
    public async Task WithoutAConfiguredProxy_ForwardedHeadersChangeNothing()
    {
        await using var app = new AppBehindProxy(proxy: null);
        using var browser = new BrowserlessSession(app.BaseAddress, Forwarded("203.0.113.7"));

        await browser.SubmitAsync("/account/setup", new Dictionary<string, string>
        {
            ["Form.SetupToken"] = app.SetupToken, ["Form.DisplayName"] = "Direct Owner", ["Form.Email"] = "direct@example.test", ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
        });
        var created = await app.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "user.created"));
        Assert.Equal("127.0.0.1", created.IpAddress);
        Assert.False(await SendsHstsAsync(app, "203.0.113.7"));

        // A client that makes up a new address for every guess is still one client to the limiter.
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // The admin who is held back is told why and for how long, not shown "Page not found".
        using var held = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
        var response = await client.SendAsync(held);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Too many sign-in or set-up attempts", page);
        Assert.Contains("Wait 60 seconds", page);
        Assert.Contains("href=\"/account/login\"", page);
    }

    /// <summary>Whether a page asked for through the proxy, under its public name (HSTS is never sent to localhost), carries HSTS.</summary>
    private static async Task<bool> SendsHstsAsync(HomeBaseApp app, string client)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "homebase.contoso.example";
        foreach (var (name, value) in Forwarded(client)) request.Headers.Add(name, value);
        return (await http.SendAsync(request)).Headers.Contains("Strict-Transport-Security");
    }

    private sealed class AppBehindProxy(string? proxy) : HomeBaseApp((builder, _) =>
    {
        if (proxy is not null) builder.UseSetting("ReverseProxy:KnownProxies:0", proxy);
    });
}
