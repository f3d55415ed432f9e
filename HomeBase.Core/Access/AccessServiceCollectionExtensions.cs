using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>Accounts, memberships and roles, for local and Entra ID sign-in.</summary>
    public static IServiceCollection AddAccessServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<OwnerSetupState>();
        services.AddScoped<AccountService>();
        services.AddSingleton<OwnerSetupTokens>();
        services.AddScoped<MemberService>();
        services.AddSingleton<AccessGuard>();
        services.AddScoped<EntraAccountService>();
        services.AddOptions<AdminSignInOptions>().Bind(configuration.GetSection(AdminSignInOptions.SectionName));
        return services;
    }
}
