using FluentValidation;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Integrations;

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
                // Defender for Cloud is on unless turned off (IntegrationConfig.ForNewIntegration).
                .Must(c => c.IngestEntraId == true || c.IngestDefender == true || c.IngestActivityLogs == true || c.IngestDefenderForCloud != false)
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

        RuleFor(c => c.DefenderRegion)
            .Must(r => r!.Length == 0 || DefenderRegions.IsKnown(r))
            .When(c => c.DefenderRegion is not null)
            .WithMessage(IntegrationRules.UnknownDefenderRegion);
    }
}
