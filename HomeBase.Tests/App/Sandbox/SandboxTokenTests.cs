using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.App.Sandbox;

/// <summary>The token endpoint over HTTPS: Entra's success shape, the roles per resource, and each AADSTS error.</summary>
[Trait("Category", "App")]
public sealed class SandboxTokenTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private const string Graph = "https://graph.microsoft.com/.default";
    private const string Defender = "https://api.securitycenter.microsoft.com/.default";
    private const string Arm = "https://management.azure.com/.default";

    [Fact]
    public async Task Token_Contoso_IsABearerTokenWithEntrasClaims()
    {
        var contoso = sandbox.Tenant("contoso");
        var response = await sandbox.RequestTokenAsync(contoso.TenantId.ToString(), contoso.ClientId.ToString(), contoso.Secrets[0].Value, Graph);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.InRange(body["expires_in"]!.GetValue<int>(), 3500, 3600);
        var claims = Claims(body["access_token"]!.GetValue<string>());
        Assert.Equal("https://graph.microsoft.com", claims["aud"]!.GetValue<string>());
        Assert.Equal($"https://sts.windows.net/{contoso.TenantId}/", claims["iss"]!.GetValue<string>());
        Assert.Equal(contoso.TenantId.ToString(), claims["tid"]!.GetValue<string>());
        Assert.Equal(contoso.ClientId.ToString(), claims["appid"]!.GetValue<string>());
        var lifetime = claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>();
        Assert.Equal(3600, lifetime);
    }

    [Fact]
    public async Task Token_RolesAreExactlyTheConsentedPermissionsOfEachResource()
    {
        var graphRoles = Roles(await sandbox.TokenAsync("contoso", Graph));
        var defenderRoles = Roles(await sandbox.TokenAsync("contoso", Defender));
        var armRoles = Roles(await sandbox.TokenAsync("contoso", Arm));

        Assert.Equal(
            ["AuditLog.Read.All", "Directory.Read.All", "IdentityRiskEvent.Read.All", "IdentityRiskyUser.Read.All", "Policy.Read.All", "RoleManagement.Read.Directory",
             "SecurityAlert.Read.All", "SecurityEvents.Read.All", "SecurityIdentitiesHealth.Read.All", "SecurityIdentitiesSensors.Read.All", "SecurityIncident.Read.All", "ThreatIntelligence.Read.All",
             "User.Read.All"],
            graphRoles);
        Assert.Equal(["Alert.Read.All", "Machine.Read.All", "Score.Read.All", "SecurityRecommendation.Read.All", "Vulnerability.Read.All"], defenderRoles);
        Assert.Empty(armRoles); // ARM access comes from Azure role assignments, not token roles
    }

    [Fact]
    public async Task Token_WithoutAdminConsent_HasNoRolesClaimAtAll()
    {
        var claims = Claims(await sandbox.TokenAsync("fabrikam", Graph));
        Assert.False(claims.ContainsKey("roles"));
    }

    [Fact]
    public async Task Token_SecretInBasicAuthentication_IsAccepted()
    {
        var contoso = sandbox.Tenant("contoso");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{contoso.Domain}/oauth2/v2.0/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = Graph, ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{contoso.ClientId}:{Uri.EscapeDataString(contoso.Secrets[0].Value)}")));
        var response = await sandbox.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("unknown-tenant", 90002, "invalid_request", 400)]
    [InlineData("unknown-client", 700016, "unauthorized_client", 400)]
    [InlineData("client-of-another-tenant", 700016, "unauthorized_client", 400)]
    [InlineData("wrong-secret", 7000215, "invalid_client", 401)]
    [InlineData("secret-id-as-secret", 7000215, "invalid_client", 401)]
    [InlineData("expired-secret", 7000222, "invalid_client", 401)]
    [InlineData("bad-scope", 70011, "invalid_scope", 400)]
    [InlineData("two-resources", 70011, "invalid_scope", 400)]
    [InlineData("defender-without-licence", 500011, "invalid_resource", 400)]
    public async Task Token_BadRequest_AnswersWithEntrasErrorCode(string situation, int code, string error, int status)
    {
        var contoso = sandbox.Tenant("contoso");
        var (tenant, client, secret, scope) = (contoso.TenantId.ToString(), contoso.ClientId.ToString(), contoso.Secrets[0].Value, Graph);
        switch (situation)
        {
            case "unknown-tenant": tenant = Guid.NewGuid().ToString(); break;
            case "unknown-client": client = Guid.NewGuid().ToString(); break;
            case "client-of-another-tenant": client = sandbox.Tenant("fabrikam").ClientId.ToString(); break;
            case "wrong-secret": secret = "Sbx8Q~not-the-right-value"; break;
            case "secret-id-as-secret": secret = contoso.Secrets[0].KeyId.ToString(); break;
            case "expired-secret":
                var tailspin = sandbox.Tenant("tailspin");
                (tenant, client, secret) = (tailspin.TenantId.ToString(), tailspin.ClientId.ToString(), tailspin.Secrets[0].Value);
                break;
            case "bad-scope": scope = "https://graph.microsoft.com/User.Read.All"; break;
            case "two-resources": scope = $"{Graph} {Arm}"; break;
            case "defender-without-licence":
                var northwind = sandbox.Tenant("northwind");
                (tenant, client, secret, scope) = (northwind.TenantId.ToString(), northwind.ClientId.ToString(), northwind.Secrets[0].Value, Defender);
                break;
        }

        var response = await sandbox.RequestTokenAsync(tenant, client, secret, scope);

        Assert.Equal(status, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.Equal(code, body["error_codes"]![0]!.GetValue<int>());
        Assert.StartsWith($"AADSTS{code}:", body["error_description"]!.GetValue<string>());
        Assert.True(Guid.TryParse(body["trace_id"]!.GetValue<string>(), out _));
        Assert.True(Guid.TryParse(body["correlation_id"]!.GetValue<string>(), out _));
    }

    [Fact]
    public async Task Token_SecretIdPasted_MessageSaysToSendTheValue()
    {
        var contoso = sandbox.Tenant("contoso");
        var response = await sandbox.RequestTokenAsync(contoso.TenantId.ToString(), contoso.ClientId.ToString(), contoso.Secrets[0].KeyId.ToString(), Graph);
        var description = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error_description"]!.GetValue<string>();
        Assert.Contains("client secret value, not the client secret ID", description);
    }

    [Fact]
    public async Task ResourceApi_TokenForAnotherResource_Is401()
    {
        var armToken = await sandbox.TokenAsync("contoso", Arm);
        var (status, body, _) = await sandbox.GetAsync(armToken, "/graph/v1.0/users");
        Assert.Equal(401, status);
        Assert.Equal("InvalidAuthenticationToken", body!["error"]!["code"]!.GetValue<string>());
        var (forged, _, _) = await sandbox.GetAsync(armToken[..^4] + "abcd", "/arm/subscriptions?api-version=2022-12-01");
        Assert.Equal(401, forged);
    }

    internal static JsonObject Claims(string token) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();

    internal static List<string> Roles(string token) =>
        Claims(token)["roles"]?.AsArray().Select(r => r!.GetValue<string>()).Order().ToList() ?? [];
}
