using FluentValidation;
using HomeBase.Core.Clouds;
using HomeBase.Core.Common;

namespace HomeBase.Core.Integrations;

public sealed class CreateIntegrationRequestValidator : AbstractValidator<CreateIntegrationRequest>
{
    public CreateIntegrationRequestValidator(ICloudCatalog clouds, TimeProvider time)
    {
        RuleFor(r => r.Type)
            .NotEmpty().WithMessage($"Required. Supported types: {string.Join(", ", IntegrationTypes.Supported)}.")
            .Must(t => IntegrationTypes.Supported.Contains(t))
            .WithMessage(r => $"Unsupported integration type '{r.Type}'. Supported types: {string.Join(", ", IntegrationTypes.Supported)}.");

        RuleFor(r => r.TenantId)
            .NotEmpty().WithMessage("Required: the HomeBase tenant id (ten_…) this integration belongs to.")
            .Must(id => PrefixedId.IsValid(PrefixedId.Tenant, id))
            .WithMessage("Must be a HomeBase tenant id: 'ten_' followed by 26 characters.");

        RuleFor(r => r.Name).Must(IntegrationRules.IsValidName).When(r => r.Name is not null).WithMessage(IntegrationRules.InvalidName);

        RuleFor(r => r.Cloud)
            .Must(c => clouds.Contains(c!))
            .When(r => r.Cloud is not null)
            .WithMessage(r => $"Unknown cloud '{r.Cloud}'. Supported clouds: {string.Join(", ", clouds.Names)}.");

        RuleFor(r => r.Credentials)
            .NotNull().WithMessage("Required: azure_tenant_id, client_id and client_secret.")
            .SetValidator(new CredentialsInputValidator(time)!);

        RuleFor(r => r.Config)
            .NotNull().WithMessage("Required: ingest_entra_id, ingest_defender and ingest_activity_logs.")
            .SetValidator(new ConfigInputValidator(requireSeedToggles: true)!);
    }
}

public sealed class CredentialsInputValidator : AbstractValidator<CredentialsInput>
{
    public CredentialsInputValidator(TimeProvider time)
    {
        RuleFor(c => c.AzureTenantId)
            .NotEmpty().WithMessage("Required: the Directory (tenant) ID from Entra ID → Overview.")
            .Must(IntegrationRules.IsGuid)
            .WithMessage("Must be the Directory (tenant) ID, a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47 (Entra ID → Overview).");

        RuleFor(c => c.ClientId)
            .NotEmpty().WithMessage("Required: the Application (client) ID from App registrations → HLD HomeBase → Overview.")
            .Must(IntegrationRules.IsGuid)
            .WithMessage("Must be the Application (client) ID, a GUID (App registrations → HLD HomeBase → Overview).");

        RuleFor(c => c.ClientSecret)
            .Must(s => !string.IsNullOrWhiteSpace(s))
            .WithMessage("Required: the client secret's Value (App registrations → HLD HomeBase → Certificates & secrets).")
            .Must(s => !IntegrationRules.LooksLikeSecretId(s)).WithMessage(IntegrationRules.SecretIdPasted)
            .MaximumLength(IntegrationRules.MaxSecretLength)
            .WithMessage($"A client secret is at most {IntegrationRules.MaxSecretLength} characters; check what was pasted.");

        RuleFor(c => c.ClientSecretExpiresAt)
            .Must(at => at > time.GetUtcNow())
            .When(c => c.ClientSecretExpiresAt is not null)
            .WithMessage("This date is in the past: the secret has expired. Create a new secret and enter its value and expiry.");
    }
}

public sealed class ConfigInputValidator : AbstractValidator<ConfigInput>
{
    public ConfigInputValidator(bool requireSeedToggles)
    {
        if (requireSeedToggles)
        {
            RuleFor(c => c.IngestEntraId).NotNull().WithMessage("Required: true or false.");
            RuleFor(c => c.IngestDefender).NotNull().WithMessage("Required: true or false.");
            RuleFor(c => c.IngestActivityLogs).NotNull().WithMessage("Required: true or false.");
            RuleFor(c => c)
                .Must(c => c.IngestEntraId == true || c.IngestDefender == true || c.IngestActivityLogs == true || c.IngestDefenderForCloud == true)
                .When(c => c.IngestEntraId is not null && c.IngestDefender is not null && c.IngestActivityLogs is not null)
                .WithMessage(IntegrationRules.NoStreamEnabled)
                .OverridePropertyName(string.Empty);
        }

        RuleFor(c => c.SubscriptionIds)
            .Must(ids => ids!.Count <= IntegrationRules.MaxSubscriptions)
            .WithMessage($"At most {IntegrationRules.MaxSubscriptions} subscriptions; leave the list empty to read every subscription the app can see.")
            .When(c => c.SubscriptionIds is not null);
        RuleForEach(c => c.SubscriptionIds)
            .Must(IntegrationRules.IsGuid)
            .WithMessage("Must be an Azure subscription ID, a GUID.");

        RuleFor(c => c.BackfillDays)
            .InclusiveBetween(IntegrationRules.MinBackfillDays, IntegrationRules.MaxBackfillDays)
            .When(c => c.BackfillDays is not null)
            .WithMessage($"Must be {IntegrationRules.MinBackfillDays} to {IntegrationRules.MaxBackfillDays} days.");
    }
}

public sealed class UpdateIntegrationRequestValidator : AbstractValidator<UpdateIntegrationRequest>
{
    public UpdateIntegrationRequestValidator()
    {
        RuleFor(r => r.Name).Must(IntegrationRules.IsValidName).When(r => r.Name is not null).WithMessage(IntegrationRules.InvalidName);
        RuleFor(r => r.Config).SetValidator(new ConfigInputValidator(requireSeedToggles: false)!).When(r => r.Config is not null);
    }
}
