namespace HomeBase.Core.Integrations.Retirements;

/// <summary>A retirement an integration relies on that is near (or past): what the integration page shows.</summary>
public sealed record RetirementWarning(MicrosoftRetirement Retirement, int DaysLeft)
{
    public bool IsPast => DaysLeft < 0;
}
