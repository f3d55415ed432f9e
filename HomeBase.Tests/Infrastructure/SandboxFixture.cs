using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Azure;
using HomeBase.Sandbox;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Infrastructure;

/// <summary>A running sandbox on a free loopback port, with a client that pins its certificate.</summary>
public class SandboxFixture : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("homebase-sandbox-").FullName;

    public SandboxServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    protected virtual TimeProvider Time => TimeProvider.System;

    protected virtual int SignIns => 2_000;

    /// <summary>Whether the documented limits apply; off, tests that page a lot need not wait for them.</summary>
    protected virtual bool RealisticThrottling => false;

    public SandboxTenant Tenant(string name) => Server.Directory.ByName(name)!;

    public virtual async ValueTask InitializeAsync()
    {
        Server = await SandboxServer.StartAsync(new SandboxOptions { DataDirectory = dataDirectory, Port = 0, SignIns = SignIns }, Time);
        Http = new HttpClient(CustomCaTrust.Handler(CustomCaTrust.LoadPem(Server.CertificatePath))) { BaseAddress = new Uri(Server.BaseUrl) };
        if (!RealisticThrottling)
        {
            var throttling = Server.Services.GetRequiredService<Throttling>();
            foreach (var (family, limit) in throttling.Limits.ToList()) throttling.Set(family, limit with { Limit = 1_000_000 });
        }
    }

    /// <summary>Requests a client-credentials token; returns the raw response.</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string tenant, string clientId, string secret, string scope) =>
        Http.PostAsync($"/{tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope, ["grant_type"] = "client_credentials",
        }));

    /// <summary>A token for a sandbox tenant's app with its first secret.</summary>
    public async Task<string> TokenAsync(string tenantName, string scope = "https://graph.microsoft.com/.default")
    {
        var tenant = Tenant(tenantName);
        var response = await RequestTokenAsync(tenant.TenantId.ToString(), tenant.ClientId.ToString(), tenant.Secrets[0].Value, scope);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    /// <summary>GET with a bearer token; returns the status and the parsed body (null when not JSON).</summary>
    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string token, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        try
        {
            body = text.Length > 0 ? JsonNode.Parse(text) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // Malformed on purpose in fault tests.
        }
        return ((int)response.StatusCode, body, response);
    }

    /// <summary>Follows @odata.nextLink (or ARM's nextLink) to the end; returns every item and the number of pages.</summary>
    public async Task<(List<JsonNode> Items, int Pages, JsonNode LastPage)> GetAllAsync(string token, string url)
    {
        var items = new List<JsonNode>();
        var pages = 0;
        string? next = url;
        JsonNode? page = null;
        while (next is not null)
        {
            var (status, body, _) = await GetAsync(token, next);
            Assert.True(status == 200, $"GET {next} answered {status}: {body?.ToJsonString()}");
            page = body!;
            items.AddRange(page["value"]!.AsArray().Select(v => v!));
            pages++;
            next = page["@odata.nextLink"]?.GetValue<string>() ?? page["nextLink"]?.GetValue<string>();
        }
        return (items, pages, page!);
    }

    public Task<HttpResponseMessage> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, $"/_sandbox{path}");
        if (body is not null) request.Content = JsonContent.Create(body, options: new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower });
        return Http.SendAsync(request);
    }

    public async Task<JsonObject> GroundTruthAsync(string tenant) =>
        (await Http.GetFromJsonAsync<JsonObject>($"/_sandbox/tenants/{tenant}/ground-truth"))!;

    public virtual async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
