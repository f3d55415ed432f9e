using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.ApiKeys;

public static class ApiKeysServiceCollectionExtensions
{
    /// <summary>Creating, checking and revoking the REST API's keys.</summary>
    public static IServiceCollection AddApiKeysServices(this IServiceCollection services) =>
        services.AddSingleton<ApiKeyService>();
}
