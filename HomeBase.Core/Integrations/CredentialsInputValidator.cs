using FluentValidation;

namespace HomeBase.Core.Integrations;

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
