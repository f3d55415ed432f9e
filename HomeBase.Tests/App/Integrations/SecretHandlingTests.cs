using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HomeBase.Core.Access;
using HomeBase.Core.Integrations.Connect;
using HomeBase.Core.Platform.Security;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.App.Integrations;

/// <summary>
/// The client secret is encrypted at rest and never appears in the database file (idempotency records, wizard drafts,
/// webhook events and audit entries included), the logs, any API response, any page or any CSV export: through
/// creation, verification, rotation, a wizard draft and webhooks.
/// </summary>
[Trait("Category", "App")]
public sealed class SecretHandlingTests : IAsyncLifetime
{
    // Distinctive enough that finding it anywhere can only mean a leak.
    private const string Secret = "Zq9~LeakCanary.7f3b2e1d-not-a-guid_XYZ";

    // The secret a rotation swaps in, and the one a wizard draft keeps.
    private const string RotatedSecret = "Rk4~LeakCanary.0c9d8e7f-rotated_QWE";
    private const string DraftSecret = "Dm2~LeakCanary.5a6b7c8d-drafted_ASD";

    private readonly HomeBaseApp app = new();

    [Fact]
    public async Task EveryOperation_NeverExposesThePlaintextSecret()
    {
        var tenant = await app.CreateTenantAsync();
        using var client = app.CreateApiClient(tenant.ApiKey);
        // The canary is a real secret of the sandbox app, so the integration verifies and is stored.
        (await app.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = Secret, expires_in_days = 300 })).EnsureSuccessStatusCode();
        (await app.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/secrets", new { value = RotatedSecret, expires_in_days = 600 })).EnsureSuccessStatusCode();
        var responses = new StringBuilder();
        async Task<string> Record(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync();
            responses.AppendLine(response.Headers.ToString()).AppendLine(response.Content.Headers.ToString()).AppendLine(text);
            return text;
        }

        // Webhooks receive the events of everything below.
        await Record(await client.PostAsync("/v1/webhook_endpoints", RequestBodies.Json("""{"url":"http://127.0.0.1:9/hook","events":["*"]}""")));
        var body = RequestBodies.Seed(tenant.Id, secret: Secret);
        using (var retried = new HttpRequestMessage(HttpMethod.Post, "/v1/integrations") { Content = body.Json() })
        {
            retried.Headers.Add("Idempotency-Key", "secret-scan");
            await Record(await client.SendAsync(retried));
        }
        var created = JsonNode.Parse(await Record(await client.GetAsync("/v1/integrations")))!["data"]![0]!;
        var id = created["id"]!.GetValue<string>();
        await Record(await client.PostAsync("/v1/integrations", body.Json())); // 409 names the existing one
        await Record(await client.PostAsync("/v1/integrations", RequestBodies.Json(body.ToJsonString()[..^5]))); // malformed
        await Record(await client.PostAsync("/v1/integrations", body.With(b => b["tenant_id"] = "ten_01aaaaaaaaaaaaaaaaaaaaaaaa").Json()));
        await Record(await client.PostAsync("/v1/integrations", body.With(b => b["credentials"]!["azure_tenant_id"] = "x").Json()));
        await Record(await client.GetAsync($"/v1/integrations/{id}"));
        await Record(await client.GetAsync("/v1/integrations"));
        await Record(await client.PatchAsync($"/v1/integrations/{id}", new JsonObject { ["name"] = "renamed" }.Json()));
        await Record(await client.PostAsync($"/v1/integrations/{id}/verify", null));
        await Record(await client.PostAsync($"/v1/integrations/{id}/credentials", RequestBodies.Json($$"""{"client_secret":"{{RotatedSecret}}"}""")));
        await Record(await client.PostAsync($"/v1/integrations/{id}/credentials", RequestBodies.Json("""{"client_secret":"Xx1~refused-by-azure-0000000000000"}""")));

        // An owner with a wizard draft holding a secret looks at every page and exports a CSV.
        var owner = await TestMembers.AddAsync(app.Services, tenant.Id, Roles.Owner);
        await app.Services.GetRequiredService<ConnectWizardDraftService>().SaveAsync(owner,
            new ConnectWizardAnswers { Step = 3, Cloud = "global", AzureTenantId = RequestBodies.AzureTenantId, ClientId = RequestBodies.ClientId }, DraftSecret);
        using var browser = new BrowserlessSession(app.BaseAddress);
        await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Form.Email"] = owner.UserName, ["Form.Password"] = TestMembers.Password });
        foreach (var page in new[] { "/overview", "/integrations", $"/integrations/{id}", "/integrations/new/azure", "/audit", "/settings/webhooks",
            "/settings/api-keys", "/dashboards/identity", $"/export/sign_ins.csv?integration={id}", $"/export/alerts.csv?integration={id}" })
        {
            var response = await browser.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            // 200, not a redirect to sign-in: the owner's session saw the page itself.
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            responses.AppendLine(page).AppendLine(html);
        }

        // The stored value is the rotated secret as a Data Protection payload: encrypted, not lost.
        var stored = await app.QueryAsync(db => db.Integrations.Where(i => i.Id == id).Select(i => i.ProtectedClientSecret).SingleAsync());
        Assert.NotNull(stored);
        Assert.DoesNotContain(RotatedSecret, stored);
        Assert.Equal(RotatedSecret, app.Services.GetRequiredService<SecretProtector>().Unprotect(stored!));

        await Record(await client.DeleteAsync($"/v1/integrations/{id}"));

        foreach (var secret in new[] { Secret, RotatedSecret, DraftSecret })
        {
            Assert.DoesNotContain(secret, responses.ToString());
            Assert.DoesNotContain(secret, app.Logs.AllText);
        }
        Assert.NotEmpty(app.Logs.Lines); // the capture works: the app did log
        Assert.DoesNotContain(Secret, await app.QueryAsync(db => db.AuditEntries.Select(a => a.Details).ToListAsync()) is var details
            ? string.Join('\n', details) : string.Empty);

        foreach (var file in Directory.EnumerateFiles(app.DataDirectory, "homebase.db*"))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var secret in new[] { Secret, RotatedSecret, DraftSecret })
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"A plaintext secret is in {Path.GetFileName(file)}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"A plaintext secret (UTF-16) is in {Path.GetFileName(file)}");
                // Nor anything derived from it that could be checked against a guess.
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(HomeBase.Core.Platform.Common.Sha256Hex.Of(secret))), $"A secret's hash is in {Path.GetFileName(file)}");
            }
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

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
