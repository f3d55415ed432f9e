using HomeBase.Core.Platform.Hosting;
using FluentValidation;
using HomeBase.Core.Integrations.Connect;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Integrations.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Core.Integrations;

public static class IntegrationsServiceCollectionExtensions
{
    /// <summary>Integrations and their validators, verification, the connect wizard's drafts, and the credential lifecycle.</summary>
    public static IServiceCollection AddIntegrationsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidator<CreateIntegrationRequest>, CreateIntegrationRequestValidator>();
        services.AddSingleton<IValidator<UpdateIntegrationRequest>, UpdateIntegrationRequestValidator>();
        services.AddSingleton<IntegrationService>();
        services.AddSingleton<TenantIntegrations>();

        services.AddOptions<VerificationOptions>().Bind(configuration.GetSection(VerificationOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<VerificationService>();

        services.AddSingleton<ConnectWizardDraftService>();

        services.AddSingleton<SecretRotation>();
        services.AddSingleton<ExpiredSecrets>();
        services.AddSingleton<CredentialExpiryWatcher>();
        services.AddWorkerService<CredentialExpiryWatcher>();
        return services;
    }
}
