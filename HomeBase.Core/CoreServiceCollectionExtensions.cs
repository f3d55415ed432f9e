using FluentValidation;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Auditing;
using HomeBase.Core.Azure;
using HomeBase.Core.Clouds;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Persistence;
using HomeBase.Core.Security;
using HomeBase.Core.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HomeBase.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything HomeBase.Core offers: persistence, tenants, API keys, integrations, auditing and secret protection.</summary>
    public static IServiceCollection AddHomeBaseCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHomeBasePersistence(configuration);
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("HomeBase")
            .PersistKeysToDbContext<HomeBaseDbContext>();
        // The key ring lives in the database beside the secrets it protects; a certificate kept elsewhere
        // (a mounted secret, a key vault export) makes a copy of the database alone useless.
        if (configuration["HomeBase:KeyProtectionCertificatePath"] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration["HomeBase:KeyProtectionCertificatePassword"],
                System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.EphemeralKeySet));
        }

        services.AddOptions<AzureOptions>().Bind(configuration.GetSection(AzureOptions.SectionName));
        services.AddSingleton<ICloudCatalog, ConfiguredCloudCatalog>();
        services.AddAzureClients(configuration);
        services.AddOptions<Verification.VerificationOptions>().Bind(configuration.GetSection(Verification.VerificationOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Verification.VerificationService>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditLogService>();
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<TenantService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<Access.SetupState>();
        services.AddScoped<Access.AccountService>();
        services.AddScoped<Access.MemberService>();
        services.AddScoped<Access.EntraAccountService>();
        services.AddOptions<Access.AdminSignInOptions>().Bind(configuration.GetSection(Access.AdminSignInOptions.SectionName));
        services.AddSingleton<Integrations.IntegrationService>();
        services.AddSingleton<Onboarding.SetupDraftService>();
        services.AddSingleton<Integrations.TenantIntegrations>();
        services.AddSingleton<Integrations.SecretRotation>();
        services.AddSingleton<Dashboards.OverviewService>();
        services.AddSingleton<Dashboards.DashboardScopes>();
        services.AddSingleton<Dashboards.DataCoverage>();
        services.AddSingleton<Dashboards.DataVersions>();
        services.AddSingleton<Dashboards.Rollups.SignInRollup>();
        services.AddSingleton<Dashboards.Rollups.AlertRollup>();
        services.AddSingleton<Dashboards.Rollups.ActivityRollup>();
        services.AddSingleton<Dashboards.Rollups.RollupMetric>(sp => sp.GetRequiredService<Dashboards.Rollups.SignInRollup>());
        services.AddSingleton<Dashboards.Rollups.RollupMetric>(sp => sp.GetRequiredService<Dashboards.Rollups.AlertRollup>());
        services.AddSingleton<Dashboards.Rollups.RollupMetric>(sp => sp.GetRequiredService<Dashboards.Rollups.ActivityRollup>());
        services.AddSingleton<Dashboards.Rollups.RollupMetric, Dashboards.Rollups.VulnerabilityRollup>();
        services.AddSingleton<Dashboards.Rollups.RiskDetectionRollup>();
        services.AddSingleton<Dashboards.Rollups.RollupMetric>(sp => sp.GetRequiredService<Dashboards.Rollups.RiskDetectionRollup>());
        services.AddSingleton<Dashboards.Rollups.RollupRefresher>();
        services.AddSingleton<Dashboards.Records.RecordQueries>();
        services.AddSingleton<Dashboards.IdentityRiskService>();
        services.AddSingleton<Dashboards.AlertsService>();
        services.AddSingleton<Dashboards.DevicesService>();
        services.AddSingleton<Dashboards.ComplianceService>();
        services.AddSingleton<Dashboards.ActivityService>();
        services.AddSingleton<Dashboards.UserProfileService>();
        services.AddOptions<Webhooks.WebhookOptions>().Bind(configuration.GetSection(Webhooks.WebhookOptions.SectionName));
        services.AddSingleton<Webhooks.WebhookOutbox>();
        services.AddSingleton<Webhooks.ExpiredSecrets>();
        services.AddSingleton<Webhooks.WebhookEndpointService>();
        services.AddSingleton<Webhooks.TenantWebhooks>();
        // Redirects are not followed (an endpoint that moved must be updated) and internal addresses are refused (SSRF).
        services.AddHttpClient(Webhooks.WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => Webhooks.WebhookNetworkGuard.Handler(
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Webhooks.WebhookOptions>>().Value));
        services.AddSingleton<Webhooks.WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Webhooks.WebhookDispatcher>());
        services.AddSingleton<Webhooks.CredentialExpiryWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Webhooks.CredentialExpiryWatcher>());
        services.AddSingleton<IValidator<Integrations.CreateIntegrationRequest>, Integrations.CreateIntegrationRequestValidator>();
        services.AddSingleton<IValidator<Integrations.UpdateIntegrationRequest>, Integrations.UpdateIntegrationRequestValidator>();
        services.AddHomeBaseIngestion(configuration);
        return services;
    }
}
