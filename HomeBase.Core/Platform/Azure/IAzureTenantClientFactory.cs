using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Platform.Azure;

public interface IAzureTenantClientFactory
{
    IAzureTenantClient Create(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret);
}
