using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HomeBase.Web.ApiKeys;

/// <summary>Says in each operation of the OpenAPI document which API key scope it needs.</summary>
internal sealed class ApiScopeOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiScopeMetadata>().FirstOrDefault() is { } needed)
        {
            var sentence = $"Needs an API key with the `{needed.Scope}` scope.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? sentence : $"{operation.Description}\n\n{sentence}";
        }
        return Task.CompletedTask;
    }
}
