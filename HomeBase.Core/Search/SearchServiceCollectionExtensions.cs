using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Search;

public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddSearchServices(this IServiceCollection services) => services.AddSingleton<SearchService>();
}
