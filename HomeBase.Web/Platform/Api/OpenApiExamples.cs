using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HomeBase.Web.Platform.Api;

/// <summary>Adds the request and response examples a reader of /openapi/v1.json needs to make a first call.</summary>
internal sealed class OpenApiExamples : IOpenApiOperationTransformer
{
    private static readonly JsonNode CreateExample = JsonNode.Parse("""
        {
          "type": "azure",
          "tenant_id": "ten_01jd8v6m3k4x5y6z7a8b9c0d1e",
          "name": "Contoso production",
          "cloud": "global",
          "credentials": {
            "azure_tenant_id": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "client_id": "0f3d2c1b-5a6e-4f70-8a9b-1c2d3e4f5a6b",
            "client_secret": "Xyz8Q~exampleValueCopiedFromTheValueColumn",
            "client_secret_expires_at": "2028-11-27T00:00:00Z"
          },
          "config": {
            "ingest_entra_id": true,
            "ingest_defender": true,
            "ingest_activity_logs": true,
            "ingest_defender_for_cloud": true,
            "subscription_ids": [],
            "backfill_days": 7
          }
        }
        """)!;

    private static readonly JsonNode IntegrationExample = JsonNode.Parse("""
        {
          "id": "int_01jd8v7q2w3e4r5t6y7u8i9o0p",
          "object": "integration",
          "type": "azure",
          "tenant_id": "ten_01jd8v6m3k4x5y6z7a8b9c0d1e",
          "name": "Contoso production",
          "cloud": "global",
          "status": "pending_verification",
          "credentials": {
            "azure_tenant_id": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "client_id": "0f3d2c1b-5a6e-4f70-8a9b-1c2d3e4f5a6b",
            "client_secret_hint": "Xyz",
            "client_secret_expires_at": "2028-11-27T00:00:00.000Z",
            "client_secret_expiry_source": "admin"
          },
          "config": {
            "ingest_entra_id": true,
            "ingest_defender": true,
            "ingest_activity_logs": true,
            "ingest_defender_for_cloud": true,
            "subscription_ids": [],
            "backfill_days": 7,
            "defender_region": null
          },
          "created_at": "2026-11-27T10:00:00.000Z",
          "updated_at": "2026-11-27T10:00:00.000Z"
        }
        """)!;

    private static readonly JsonNode PatchExample = JsonNode.Parse("""
        { "name": "Contoso (EU)", "config": { "ingest_activity_logs": false, "defender_region": "eu" } }
        """)!;

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        switch (operation.OperationId)
        {
            case "CreateIntegration":
                SetRequestExample(operation, CreateExample);
                SetResponseExample(operation, "201", IntegrationExample);
                break;
            case "UpdateIntegration":
                SetRequestExample(operation, PatchExample);
                SetResponseExample(operation, "200", IntegrationExample);
                break;
            case "GetIntegration":
                SetResponseExample(operation, "200", IntegrationExample);
                break;
        }
        return Task.CompletedTask;
    }

    private static void SetRequestExample(OpenApiOperation operation, JsonNode example)
    {
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType mediaType)
        {
            mediaType.Example = example.DeepClone();
        }
    }

    private static void SetResponseExample(OpenApiOperation operation, string status, JsonNode example)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true
            && response.Content?.TryGetValue("application/json", out var media) == true && media is OpenApiMediaType mediaType)
        {
            mediaType.Example = example.DeepClone();
        }
    }
}
