using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.ApiKeys;

public static class ApiKeysServiceCollectionExtensions
{
    /// <summary>Creating, checking and revoking the REST API's keys.</summary>
    public static IServiceCollection AddApiKeysServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<ApiKeyService>();
    }
}
