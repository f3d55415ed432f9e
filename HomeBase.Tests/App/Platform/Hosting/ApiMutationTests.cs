using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Platform.Hosting;

/// <summary>
/// Every <c>/v1</c> operation of the published OpenAPI document, sent what a careless or hostile client sends: a
/// malformed value in each query and route parameter, and for each write a body of the wrong type, truncated, not
/// UTF-8, huge, deeply nested, or under an odd content type. None may answer 5xx; every 4xx is a problem document;
/// a refused write saves nothing. In Development (where binding throws) and in a Production-like host.
/// </summary>
[Trait("Category", "App")]
public sealed class ApiMutationTests
{
    private static readonly string[] IntegerValues = ["x", "1e3", "1.5", "-", "99999999999999999999", "%00", ""];
    private static readonly string[] BooleanValues = ["maybe", "2", "yes please", "%00", ""];
    private static readonly string[] TextValues = [new string('a', 5000), "%00", "%FF%FE", "..%2F..%2Fetc", "' OR 1=1 --", "\u202Ename"];

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task EveryParameter_MalformedValue_Answers4xxProblemNever5xx(string environment)
    {
        await using var app = new HomeBaseApp(environment);
        var target = await Target.CreateAsync(app);
        var failures = new List<string>();
        var sent = 0;

        foreach (var operation in await OperationsAsync(app))
        {
            foreach (var parameter in operation.Parameters)
            {
                var values = parameter.Type switch { "integer" or "number" => IntegerValues, "boolean" => BooleanValues, _ => TextValues };
                foreach (var value in values)
                {
                    var url = operation.Url(target, parameter.In == "path" ? (parameter.Name, value) : null);
                    if (parameter.In == "query") url += $"?{parameter.Name}={value}";
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
                    if (operation.HasBody) request.Content = new StringContent(target.BodyFor(operation.Id).ToJsonString(), Encoding.UTF8, "application/json");
                    var before = await target.SnapshotAsync();
                    var response = await target.Client.SendAsync(request);
                    sent++;
                    if (parameter.In == "path" && value == "%00")
                    {
                        // Kestrel itself refuses a path holding a NUL, with a bare 400, before any of the app runs.
                        if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"{operation.Method} {url}: {(int)response.StatusCode}, not 400");
                        continue;
                    }
                    await CheckAsync(response, $"{operation.Method} {url}", failures);
                    // An integer or boolean that does not parse is the caller's mistake, whatever else is wrong.
                    if (parameter.Type is "integer" or "boolean" && parameter.In == "query" && response.StatusCode != HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{operation.Method} {url}: {(int)response.StatusCode}, not 400");
                    }
                    if ((int)response.StatusCode >= 400 && await target.SnapshotAsync() != before) failures.Add($"{operation.Method} {url}: refused but saved");
                }
            }
        }

        Assert.True(sent > 50, $"Only {sent} requests: the OpenAPI document lists fewer parameters than expected.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task EveryWrite_MutatedBody_Answers4xxProblemNever5xxAndSavesNothing(string environment)
    {
        await using var app = new HomeBaseApp(environment);
        var target = await Target.CreateAsync(app);
        var failures = new List<string>();
        var sent = 0;

        foreach (var operation in (await OperationsAsync(app)).Where(o => o.HasBody))
        {
            var url = operation.Url(target, null);
            foreach (var (name, content) in Mutations(target.BodyFor(operation.Id)))
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = content };
                var before = await target.SnapshotAsync();
                var response = await target.Client.SendAsync(request);
                sent++;
                await CheckAsync(response, $"{operation.Method} {url} [{name}]", failures);
                if ((int)response.StatusCode >= 400 && await target.SnapshotAsync() != before) failures.Add($"{operation.Method} {url} [{name}]: refused but saved");
            }
        }

        Assert.True(sent > 200, $"Only {sent} requests.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>No 5xx, and a 4xx is an RFC 7807 document whose status matches.</summary>
    private static async Task CheckAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        var status = (int)response.StatusCode;
        // The client's key is valid: a refusal must be about the request, or the test would prove nothing.
        if (status is 401 or 403) failures.Add($"{what}: {status}, the request never reached the endpoint");
        if (status >= 500)
        {
            failures.Add($"{what}: {status}");
            return;
        }
        if (status < 400) return;
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{what}: {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}");
            return;
        }
        try
        {
            if (JsonNode.Parse(body)?["status"]?.GetValue<int>() != status) failures.Add($"{what}: problem status differs from {status}");
        }
        catch (System.Text.Json.JsonException)
        {
            failures.Add($"{what}: problem document is not JSON");
        }
    }

    /// <summary>What a client gets wrong about a JSON body: types, syntax, encoding, size, depth and content type.</summary>
    private static IEnumerable<(string Name, HttpContent Content)> Mutations(JsonNode valid)
    {
        static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");
        var text = valid.ToJsonString();

        foreach (var whole in new[] { "123", "\"text\"", "[]", "null", "true", "", " ", "{", "}", "{\"a\":", "[{}]", "{\"\":{}}" })
        {
            yield return ($"body {whole}", Json(whole));
        }
        yield return ("truncated", Json(text[..(text.Length / 2)]));
        yield return ("trailing garbage", Json(text + "}}"));
        yield return ("two documents", Json(text + text));
        yield return ("duplicate keys", Json(text.TrimEnd('}') + "," + text.TrimStart('{')));
        var latin1 = new ByteArrayContent([.. new byte[] { 0xFF, 0xFE, 0xC3, 0x28 }, .. Encoding.UTF8.GetBytes(text), 0xE9]);
        latin1.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        yield return ("not UTF-8", latin1);
        yield return ("huge value", Json(Replace(valid, FirstStringPath(valid), JsonValue.Create(new string('A', 2_000_000))).ToJsonString()));
        yield return ("deep array", Json($"{{\"name\":{new string('[', 5000)}{new string(']', 5000)}}}"));
        yield return ("deep object", Json(string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000)));
        yield return ("huge document", Json("[" + string.Join(',', Enumerable.Repeat("{\"k\":\"v\"}", 200_000)) + "]"));

        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=latin1" })
        {
            var content = new StringContent(text, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            yield return ($"content type {type}", content);
        }
        var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        yield return ("no content type", untyped);

        var wrongTypes = new JsonNode?[] { JsonValue.Create(12345), JsonValue.Create(-1.5), JsonValue.Create("text"), JsonValue.Create(true), null, new JsonArray(), new JsonObject(), JsonValue.Create(new string('x', 100_000)) };
        foreach (var path in LeafPaths(valid))
        {
            foreach (var wrong in wrongTypes)
            {
                yield return ($"{string.Join('.', path)} = {Describe(wrong)}", Json(Replace(valid, path, wrong?.DeepClone()).ToJsonString()));
            }
        }
    }

    private static string Describe(JsonNode? node)
    {
        var json = node?.ToJsonString() ?? "null";
        return json.Length > 20 ? $"{json[..12]}…({json.Length})" : json;
    }

    private static IEnumerable<string[]> LeafPaths(JsonNode node, string[]? prefix = null)
    {
        prefix ??= [];
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                if (child is null) continue;
                foreach (var path in LeafPaths(child, [.. prefix, key])) yield return path;
            }
            yield break;
        }
        yield return prefix;
    }

    private static string[] FirstStringPath(JsonNode node) =>
        LeafPaths(node).FirstOrDefault(p => Get(node, p) is JsonValue v && v.TryGetValue<string>(out _)) ?? LeafPaths(node).First();

    private static JsonNode? Get(JsonNode node, string[] path) => path.Aggregate<string, JsonNode?>(node, (n, key) => n?[key]);

    private static JsonNode Replace(JsonNode valid, string[] path, JsonNode? value)
    {
        var copy = valid.DeepClone();
        if (path.Length == 0) return value ?? JsonValue.Create(0);
        var parent = (JsonObject)Get(copy, path[..^1])!;
        parent[path[^1]] = value;
        return copy;
    }

    private static async Task<List<Operation>> OperationsAsync(HomeBaseApp app)
    {
        using var client = app.CreateApiClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!path.StartsWith("/v1/", StringComparison.Ordinal)) continue;
            foreach (var (method, body) in item!.AsObject())
            {
                var parameters = (body!["parameters"]?.AsArray() ?? []).Select(p => new Parameter(
                    p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), SchemaType(p["schema"]))).ToList();
                operations.Add(new Operation(body["operationId"]!.GetValue<string>(), method.ToUpperInvariant(), path, parameters, body["requestBody"] is not null));
            }
        }
        Assert.NotEmpty(operations);
        return operations;
    }

    /// <summary>The schema's type; nullable types are listed as ["integer", "null"] in OpenAPI 3.1.</summary>
    private static string SchemaType(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
        _ => "string",
    };

    private sealed record Parameter(string Name, string In, string Type);

    private sealed record Operation(string Id, string Method, string Path, IReadOnlyList<Parameter> Parameters, bool HasBody)
    {
        /// <summary>The path with real ids for its route parameters, except <paramref name="mutated"/>'s raw value.</summary>
        public string Url(Target target, (string Name, string Value)? mutated)
        {
            var url = Path;
            foreach (var parameter in Parameters.Where(p => p.In == "path"))
            {
                var value = mutated is { } m && m.Name == parameter.Name ? m.Value : target.IdFor(Path, parameter.Name);
                url = url.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
            }
            return url;
        }
    }

    /// <summary>A tenant with one integration and one webhook endpoint: the ids valid route parameters point at.</summary>
    private sealed class Target
    {
        private Target(HomeBaseApp app, TestTenant tenant, HttpClient client, string integration, string webhook)
        {
            (App, Tenant, Client, Integration, Webhook) = (app, tenant, client, integration, webhook);
        }

        public HomeBaseApp App { get; }

        public TestTenant Tenant { get; }

        public HttpClient Client { get; }

        public string Integration { get; }

        public string Webhook { get; }

        public static async Task<Target> CreateAsync(HomeBaseApp app)
        {
            var tenant = await app.CreateTenantAsync();
            var client = app.CreateApiClient(tenant.ApiKey);
            var created = await client.PostAsync("/v1/integrations", RequestBodies.Seed(tenant.Id).Json());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var integration = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
            var hook = await client.PostAsync("/v1/webhook_endpoints", WebhookBody().Json());
            Assert.True(hook.IsSuccessStatusCode, await hook.Content.ReadAsStringAsync());
            var webhook = JsonNode.Parse(await hook.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
            return new Target(app, tenant, client, integration, webhook);
        }

        public string IdFor(string path, string parameter) => parameter switch
        {
            "id" when path.StartsWith("/v1/integrations", StringComparison.Ordinal) => Integration,
            "id" => Webhook,
            _ => "whd_unknown",
        };

        /// <summary>A valid body for each write: the starting point of every mutation. A new write must be added here.</summary>
        public JsonNode BodyFor(string operationId) => operationId switch
        {
            "CreateIntegration" => RequestBodies.Seed(Tenant.Id),
            "UpdateIntegration" => JsonNode.Parse("""{"name":"Contoso (EU)","config":{"ingest_activity_logs":false}}""")!,
            "RotateIntegrationSecret" => JsonNode.Parse($$"""{"client_secret":"{{RequestBodies.Secret}}"}""")!,
            "CreateWebhookEndpoint" => WebhookBody(),
            "UpdateWebhookEndpoint" => JsonNode.Parse("""{"url":"https://hooks.contoso.example/other","enabled_events":["integration.health_changed"],"enabled":true}""")!,
            _ => throw new InvalidOperationException($"No valid body for {operationId}: add one so that its mutations are tested."),
        };

        /// <summary>What a refused request must leave as it was: every integration and endpoint, and the audit trail.</summary>
        public Task<string> SnapshotAsync() => App.QueryAsync(async db =>
        {
            var integrations = await db.Integrations.AsNoTracking().OrderBy(i => i.Id)
                .Select(i => i.Id + "|" + i.Name + "|" + i.UpdatedAt + "|" + i.DeletedAt + "|" + i.ProtectedClientSecret).ToListAsync();
            var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id)
                .Select(e => e.Id + "|" + e.Url + "|" + e.Events + "|" + e.Enabled + "|" + e.UpdatedAt + "|" + e.ProtectedSecret).ToListAsync();
            var audit = await db.AuditEntries.CountAsync();
            return string.Join('\n', integrations.Concat(endpoints).Append(audit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

        private static JsonNode WebhookBody() =>
            JsonNode.Parse("""{"url":"https://hooks.contoso.example/homebase","enabled_events":["integration.credential_expiring","integration.health_changed"]}""")!;
    }
}
