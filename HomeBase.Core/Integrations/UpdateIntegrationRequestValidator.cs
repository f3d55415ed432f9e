using FluentValidation;

namespace HomeBase.Core.Integrations;

public sealed class UpdateIntegrationRequestValidator : AbstractValidator<UpdateIntegrationRequest>
{
    public UpdateIntegrationRequestValidator()
    {
        RuleFor(r => r.Name).Must(IntegrationRules.IsValidName).When(r => r.Name is not null).WithMessage(IntegrationRules.InvalidName);
        RuleFor(r => r.Config).SetValidator(new ConfigInputValidator(requireSeedToggles: false)!).When(r => r.Config is not null);
    }
}
