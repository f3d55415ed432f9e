using FluentValidation;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;

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

        RuleFor(r => r.Config!.DefenderRegion)
            .Must((r, region) => IntegrationRules.DefenderRegionRefusal(clouds, r.Cloud ?? clouds.DefaultCloud, region) is null)
            .When(r => r.Config is not null)
            .WithMessage(r => IntegrationRules.DefenderRegionRefusal(clouds, r.Cloud ?? clouds.DefaultCloud, r.Config!.DefenderRegion)!)
            .OverridePropertyName("Config.DefenderRegion");
    }
}
