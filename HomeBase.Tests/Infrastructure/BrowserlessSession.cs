using System.Net;
using System.Text.RegularExpressions;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// A cookie-keeping HTTP client that fills in the app's static forms as a browser would: it reads the page,
/// takes its antiforgery token and form name, and posts the fields. Redirects are not followed, so tests see them.
/// </summary>
public sealed partial class BrowserlessSession : IDisposable
{
    private readonly HttpClient client;

    /// <summary>A session on <paramref name="baseAddress"/>; <paramref name="headers"/> go with every request (a proxy's forwarded headers).</summary>
    public BrowserlessSession(Uri baseAddress, IReadOnlyDictionary<string, string>? headers = null)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) client.DefaultRequestHeaders.Add(name, value);
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    /// <summary>A form post without reading the page first, as a forged cross-site form would send it.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string path) => client.PostAsync(path, new FormUrlEncodedContent([]));

    /// <summary>GETs the page at <paramref name="path"/>, then submits its form with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IReadOnlyDictionary<string, string> fields, string? formPath = null) =>
        await PostAsync(formPath ?? path, await FillAsync(path, fields));

    /// <summary>
    /// GETs the page at <paramref name="path"/> and returns its form filled with <paramref name="fields"/> (and the
    /// page's antiforgery token and form name), to post later: racing posts must all have read the page first.
    /// </summary>
    public async Task<FormUrlEncodedContent> FillAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
        };
        if (Hidden(page, "_handler", required: false) is { Length: > 0 } handler) values["_handler"] = handler;
        return new FormUrlEncodedContent(values);
    }

    /// <summary>Posts a form that <see cref="FillAsync"/> filled.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, FormUrlEncodedContent form) => client.PostAsync(path, form);

    private static string Hidden(string html, string name, bool required = true)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success && required) throw new InvalidOperationException($"No hidden field {name} on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => client.Dispose();
}
