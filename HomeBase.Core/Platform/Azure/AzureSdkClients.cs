using System.Net.Http.Headers;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.ResourceManager;
using HomeBase.Core.Platform.Clouds;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace HomeBase.Core.Platform.Azure;

/// <summary>
/// The SDK clients for one app registration in one cloud: an Azure.Identity credential whose authority
/// comes from the catalog (instance discovery off, so no call leaves the cloud's own hosts), a Graph client,
/// an ARM client and an HTTP client for the Defender for Endpoint API. All share one handler, which trusts
/// the cloud's extra CA when it names one.
/// </summary>
internal sealed class AzureSdkClients : IDisposable
{
    private readonly HttpMessageHandler handler;

    public AzureSdkClients(AzureCloud cloud, string azureTenantId, string clientId, string clientSecret, HttpMessageHandler? handler = null)
    {
        Cloud = cloud;
        this.handler = handler ?? (cloud.CaCertificatePath is { } ca
            ? CustomCaTrust.Handler(CustomCaTrust.LoadPem(ca))
            : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var transport = new HttpClientTransport(new HttpClient(this.handler, disposeHandler: false));

        Credential = new ClientSecretCredential(azureTenantId, clientId, clientSecret, new ClientSecretCredentialOptions
        {
            AuthorityHost = cloud.AuthorityHost,
            DisableInstanceDiscovery = true,
            Transport = transport,
        });

        var graphHttp = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: this.handler, disposeHandler: false);
        var authentication = new AzureIdentityAuthenticationProvider(Credential, [cloud.GraphEndpoint.Host], null, true, cloud.GraphScope);
        Graph = new GraphServiceClient(graphHttp, authentication, cloud.GraphV1.AbsoluteUri);

        Arm = new ArmClient(Credential, defaultSubscriptionId: null, new ArmClientOptions
        {
            Environment = new ArmEnvironment(cloud.ResourceManagerEndpoint, cloud.ResourceManagerAudience),
            Transport = transport,
        });

        if (cloud.DefenderEndpoint is { } defender && cloud.DefenderScope is { } scope)
        {
            Defender = new HttpClient(new BearerTokenHandler(Credential, scope) { InnerHandler = this.handler }, disposeHandler: false)
            {
                BaseAddress = new Uri($"{defender.AbsoluteUri.TrimEnd('/')}/"),
            };
        }
    }

    public AzureCloud Cloud { get; }

    public TokenCredential Credential { get; }

    public GraphServiceClient Graph { get; }

    public ArmClient Arm { get; }

    /// <summary>The Defender for Endpoint API; null in clouds where it does not exist.</summary>
    public HttpClient? Defender { get; }

    public void Dispose()
    {
        Defender?.Dispose();
        handler.Dispose();
    }

    /// <summary>Adds a bearer token for one scope to each request, from the credential's token cache.</summary>
    private sealed class BearerTokenHandler(TokenCredential credential, string scope) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
