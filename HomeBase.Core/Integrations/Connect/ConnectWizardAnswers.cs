namespace HomeBase.Core.Integrations.Connect;

/// <summary>What the admin has answered so far in the wizard (never the secret itself, only its hint).</summary>
public sealed record ConnectWizardAnswers
{
    public int Step { get; init; }

    public string? Cloud { get; init; }

    public string? AzureTenantId { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecretHint { get; init; }

    public DateOnly? ClientSecretExpiresOn { get; init; }

    public string? Name { get; init; }

    public bool IngestEntraId { get; init; } = true;

    public bool IngestDefender { get; init; } = true;

    public bool IngestActivityLogs { get; init; } = true;

    public bool IngestDefenderForCloud { get; init; } = true;

    public IReadOnlyList<string> SubscriptionIds { get; init; } = [];

    public int BackfillDays { get; init; } = 7;
}
