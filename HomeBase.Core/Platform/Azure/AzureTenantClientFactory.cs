using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Platform.Azure;

/// <summary>Makes tenant clients over a named HTTP client per cloud, which trusts the cloud's extra CA.</summary>
internal sealed class AzureTenantClientFactory(IHttpClientFactory httpClients) : IAzureTenantClientFactory
{
    public static string ClientName(string cloud) => $"azure:{cloud}";

    public IAzureTenantClient Create(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret) =>
        new AzureTenantClient(cloud, azureTenantId, clientId, clientSecret, httpClients.CreateClient(ClientName(cloud.Name)));
}
