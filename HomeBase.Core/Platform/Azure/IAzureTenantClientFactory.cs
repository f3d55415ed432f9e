using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Ingestion.Streams;

namespace HomeBase.Core.Platform.Azure;

public interface IAzureTenantClientFactory
{
    IAzureTenantClient Create(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret);
}
