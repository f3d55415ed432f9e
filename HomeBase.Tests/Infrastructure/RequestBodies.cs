using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace HomeBase.Tests.Infrastructure;

/// <summary>Builds request bodies from the seed body, with one thing changed per test.</summary>
public static class RequestBodies
{
    public static readonly SandboxApp Contoso = new("3c5f8a2e-6b1d-4e7a-9c0f-2d4b6a8e1c3f", "9e2b7c4a-1f3d-4a6e-8b5c-0d7f9a1e3c5b", "Sbx8Q~contoso.HomeBase-sandbox-secret-01");
    public static readonly SandboxApp Fabrikam = new("4d6a9b3f-7c2e-4f8b-8d1a-3e5c7b9f2d4a", "a3c8d5b1-2e4f-4b7a-9c6d-1e8a0b2f4d6c", "Sbx8Q~fabrikam.HomeBase-sandbox-secret-01");
    public static readonly SandboxApp Northwind = new("5e7b0c4a-8d3f-4a9c-9e2b-4f6d8c0a3e5b", "b4d9e6c2-3f5a-4c8b-8d7e-2f9b1c3a5e7d", "Sbx8Q~northwind.HomeBase-sandbox-secret-01");
    public static readonly SandboxApp Woodgrove = new("7a9d2e6c-0f5b-4c1e-9b4d-6b8f0e2c5a7d", "d6f1a8e4-5b7c-4e0d-8f9a-4b1d3e5c7a9f", "Sbx8Q~woodgrove.HomeBase-sandbox-secret-01");
    public static readonly SandboxApp Tailspin = new("6f8c1d5b-9e4a-4b0d-8f3c-5a7e9d1b4f6c", "c5e0f7d3-4a6b-4d9c-9e8f-3a0c2d4b6f8e", "Sbx8Q~tailspin.HomeBase-sandbox-secret-01");

    public static string AzureTenantId => Contoso.AzureTenantId;
    public static string ClientId => Contoso.ClientId;
    public static string Secret => Contoso.Secret;

    /// <summary>The seed body (docs/specification.md §2.2) for <paramref name="tenantId"/>, with the sandbox cloud and a sandbox app (contoso unless given).</summary>
    public static JsonObject Seed(string tenantId, string? clientId = null, string? secret = null, SandboxApp? app = null) => new()
    {
        ["type"] = "azure",
        ["tenant_id"] = tenantId,
        ["cloud"] = "sandbox",
        ["credentials"] = new JsonObject
        {
            ["azure_tenant_id"] = (app ?? Contoso).AzureTenantId,
            ["client_id"] = clientId ?? (app ?? Contoso).ClientId,
            ["client_secret"] = secret ?? (app ?? Contoso).Secret,
        },
        ["config"] = new JsonObject
        {
            ["ingest_entra_id"] = true,
            ["ingest_defender"] = true,
            ["ingest_activity_logs"] = true,
        },
    };

    public static JsonObject With(this JsonObject body, Action<JsonObject> change)
    {
        var copy = body.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    public static StringContent Json(this JsonNode body) => Json(body.ToJsonString());

    public static StringContent Json(string raw)
    {
        var content = new StringContent(raw, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
