using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Sandbox.Tokens;

/// <summary>
/// Issues and checks RS256-signed v1.0 app-only tokens shaped like Entra's (aud, iss, tid, appid, roles, exp).
/// The signing key lives only in memory: tokens do not survive a sandbox restart, like a rotated key.
/// </summary>
public sealed class JwtIssuer(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly RSA key = RSA.Create(2048);
    private readonly string keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public (string Token, int ExpiresIn) Issue(SandboxTenant tenant, string audience, IReadOnlyList<string> roles)
    {
        var now = time.GetUtcNow();
        var payload = new JsonObject
        {
            ["aud"] = audience,
            ["iss"] = $"https://sts.windows.net/{tenant.TenantId}/",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(Lifetime).ToUnixTimeSeconds(),
            ["appid"] = tenant.ClientId.ToString(),
            ["appidacr"] = "1",
            ["idtyp"] = "app",
            ["oid"] = tenant.ServicePrincipalId.ToString(),
            ["sub"] = tenant.ServicePrincipalId.ToString(),
            ["tid"] = tenant.TenantId.ToString(),
            ["ver"] = "1.0",
        };
        // Entra leaves the claim out altogether when nothing is granted.
        if (roles.Count > 0) payload["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]);
        return (Sign(payload), (int)Lifetime.TotalSeconds - 1);
    }

    /// <summary>A v2.0 token for a person signed in to an app (the ID token when <paramref name="audience"/> is the app), with their app roles.</summary>
    public string IssueIdToken(string issuer, Guid tenantId, string audience, Scenarios.ScenarioPerson person, string? nonce)
    {
        var now = time.GetUtcNow();
        var payload = new JsonObject
        {
            ["aud"] = audience,
            ["iss"] = issuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(Lifetime).ToUnixTimeSeconds(),
            ["name"] = person.DisplayName,
            ["preferred_username"] = person.UserPrincipalName,
            ["email"] = person.UserPrincipalName,
            ["oid"] = person.ObjectId.ToString(),
            ["sub"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{audience}:{person.ObjectId}")))[..43],
            ["tid"] = tenantId.ToString(),
            ["ver"] = "2.0",
        };
        if (nonce is not null) payload["nonce"] = nonce;
        if (person.AppRoles.Count > 0) payload["roles"] = new JsonArray([.. person.AppRoles.Select(r => JsonValue.Create(r))]);
        return Sign(payload);
    }

    /// <summary>The public signing key as a JSON Web Key Set, as <c>discovery/v2.0/keys</c> serves it.</summary>
    public JsonObject KeySet()
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = keyId,
                ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            }),
        };
    }

    private string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = keyId };
        var unsigned = $"{Encode(header.ToJsonString())}.{Encode(payload.ToJsonString())}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{unsigned}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The token's claims when its signature and lifetime are valid; otherwise null.</summary>
    public AccessToken? Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }
            var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
            var expires = DateTimeOffset.FromUnixTimeSeconds(payload["exp"]!.GetValue<long>());
            if (expires <= time.GetUtcNow()) return null;
            var roles = payload["roles"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
            return new AccessToken(Guid.Parse(payload["tid"]!.GetValue<string>()), Guid.Parse(payload["appid"]!.GetValue<string>()),
                payload["aud"]!.GetValue<string>(), roles, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NullReferenceException)
        {
            return null;
        }
    }

    public void Dispose() => key.Dispose();

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
