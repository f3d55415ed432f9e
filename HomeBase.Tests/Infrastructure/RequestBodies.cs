using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace HomeBase.Tests.Infrastructure;

/// <summary>Builds request bodies from the seed body, with one thing changed per test.</summary>
public static class RequestBodies
{
    public const string AzureTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ClientId = "0f3d2c1b-5a6e-4f70-8a9b-1c2d3e4f5a6b";
    public const string Secret = "Q7w8Q~s3cr3t-Value.That_Is-Never~Shown1234";

    /// <summary>Exactly the seed body of product.md, for <paramref name="tenantId"/>.</summary>
    public static JsonObject Seed(string tenantId, string? clientId = null, string secret = Secret) => new()
    {
        ["type"] = "azure",
        ["tenant_id"] = tenantId,
        ["credentials"] = new JsonObject
        {
            ["azure_tenant_id"] = AzureTenantId,
            ["client_id"] = clientId ?? ClientId,
            ["client_secret"] = secret,
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
