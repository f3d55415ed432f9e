using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Platform.Azure;

/// <summary>Makes tenant clients over a named HTTP client per cloud, which trusts the cloud's extra CA.</summary>
internal sealed class AzureTenantClientFactory(IHttpClientFactory httpClients, Microsoft.Extensions.Options.IOptions<AzureOptions> options) : IAzureTenantClientFactory
{
    public static string ClientName(string cloud) => $"azure:{cloud}";

    public IAzureTenantClient Create(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret) =>
        new AzureTenantClient(cloud, azureTenantId, clientId, clientSecret, httpClients.CreateClient(ClientName(cloud.Name)), ResponseLimits.From(options.Value));
}
