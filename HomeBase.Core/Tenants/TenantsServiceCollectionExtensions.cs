using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Tenants;

public static class TenantsServiceCollectionExtensions
{
    /// <summary>HomeBase tenants (the customer organisations, <c>ten_…</c>).</summary>
    public static IServiceCollection AddTenantsServices(this IServiceCollection services) =>
        services.AddSingleton<TenantService>();
}
