using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Security;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Integrations;

/// <summary>The client secret is encrypted at rest and never appears in the database file, the logs or any response.</summary>
[Trait("Category", "App")]
public sealed class SecretHandlingTests : IAsyncLifetime
{
    // Distinctive enough that finding it anywhere can only mean a leak.
    private const string Secret = "Zq9~LeakCanary.7f3b2e1d-not-a-guid_XYZ";

    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task EveryOperation_NeverExposesThePlaintextSecret()
    {
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        // The canary is a real secret of the sandbox app, so the integration verifies and is stored.
        (await app.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = Secret, expires_in_days = 300 })).EnsureSuccessStatusCode();
        var responses = new StringBuilder();
        async Task<string> Record(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync();
            responses.AppendLine(response.Headers.ToString()).AppendLine(response.Content.Headers.ToString()).AppendLine(text);
            return text;
        }

        var body = RequestBodies.Seed(tenant.Id, secret: Secret);
        var created = JsonNode.Parse(await Record(await client.PostAsync("/v1/integrations", body.Json())))!;
        var id = created["id"]!.GetValue<string>();
        await Record(await client.PostAsync("/v1/integrations", body.Json())); // 409 names the existing one
        await Record(await client.PostAsync("/v1/integrations", RequestBodies.Json(body.ToJsonString()[..^5]))); // malformed
        await Record(await client.PostAsync("/v1/integrations", body.With(b => b["tenant_id"] = "ten_01aaaaaaaaaaaaaaaaaaaaaaaa").Json()));
        await Record(await client.PostAsync("/v1/integrations", body.With(b => b["credentials"]!["azure_tenant_id"] = "x").Json()));
        await Record(await client.GetAsync($"/v1/integrations/{id}"));
        await Record(await client.GetAsync("/v1/integrations"));
        await Record(await client.PatchAsync($"/v1/integrations/{id}", new JsonObject { ["name"] = "renamed" }.Json()));

        // The stored value is a Data Protection payload that decrypts to the secret: encrypted, not lost.
        var stored = await app.QueryAsync(db => db.Integrations.Where(i => i.Id == id).Select(i => i.ProtectedClientSecret).SingleAsync());
        Assert.NotNull(stored);
        Assert.DoesNotContain(Secret, stored);
        Assert.Equal(Secret, app.Services.GetRequiredService<SecretProtector>().Unprotect(stored!));

        await Record(await client.DeleteAsync($"/v1/integrations/{id}"));

        Assert.DoesNotContain(Secret, responses.ToString());
        Assert.DoesNotContain(Secret, app.Logs.AllText);
        Assert.NotEmpty(app.Logs.Lines); // the capture works: the app did log
        Assert.DoesNotContain(Secret, await app.QueryAsync(db => db.AuditEntries.Select(a => a.Details).ToListAsync()) is var details
            ? string.Join('\n', details) : string.Empty);

        foreach (var file in Directory.EnumerateFiles(app.DataDirectory, "homebase.db*"))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(Secret)), $"The plaintext secret is in {Path.GetFileName(file)}");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(Secret)), $"The plaintext secret (UTF-16) is in {Path.GetFileName(file)}");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/integrations")).StatusCode);
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
