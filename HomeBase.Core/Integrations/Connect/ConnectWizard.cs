using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Integrations.Connect;

/// <summary>
/// The "connect Azure" wizard's rules, apart from any UI: field checks with the API's own validator, what each step
/// needs before the next, which data toggles have blocked streams, and the request it finally sends.
/// </summary>
public sealed class ConnectWizard(TimeProvider time)
{
    public const int MinBackfillDays = 1;
    public const int MaxBackfillDays = 30;

    private readonly CredentialsInputValidator credentialRules = new(time);

    public ConnectWizardAnswers Answers { get; set; } = new();

    /// <summary>The secret as typed: kept in memory and, encrypted, in the draft; never shown again.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The latest verification of these credentials, or null before "Check credentials".</summary>
    public VerificationResult? Verification { get; set; }

    /// <summary>Toggles the admin enabled knowing that some of their streams are blocked.</summary>
    public HashSet<string> AcknowledgedBlockedToggles { get; } = [];

    public ConnectWizardStep Step => (ConnectWizardStep)Math.Clamp(Answers.Step, 0, (int)ConnectWizardStep.Review);

    /// <summary>Field messages for the credentials step, keyed by field (azure_tenant_id, client_id, client_secret, client_secret_expires_at).</summary>
    public IReadOnlyDictionary<string, string> CredentialErrors()
    {
        var result = credentialRules.Validate(Credentials());
        return result.Errors.GroupBy(e => ValidationFailures.ToFieldPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
    }

    /// <summary>Whether the credentials passed the live check (a token was had).</summary>
    public bool CredentialsVerified => Verification is { CredentialsValid: true };

    /// <summary>The name of an unnamed integration, as the API will give it.</summary>
    public string DefaultName => Integrations.IntegrationRules.DefaultName(Answers.AzureTenantId, Verification?.OrganizationName);

    /// <summary>The name the integration will be saved under: the admin's, else <see cref="DefaultName"/>.</summary>
    public string NameToSave => string.IsNullOrWhiteSpace(Answers.Name) ? DefaultName : Answers.Name.Trim();

    /// <summary>True when some stream waits only for admin consent (roles missing from every token).</summary>
    public bool NeedsConsent => Verification?.Streams.Any(s => s.Status == StreamStatuses.NeedsAdminConsent) == true;

    public static IReadOnlyList<(string Toggle, string Title, string Summary)> Toggles { get; } =
    [
        (StreamToggles.EntraId, "Entra ID", "Users, groups, sign-ins, conditional access, directory audits, risky users and risk detections"),
        (StreamToggles.Defender, "Defender", "Defender XDR alerts (Endpoint and Identity), machines and vulnerabilities"),
        (StreamToggles.ActivityLogs, "Activity logs", "Azure Activity Log operations of each subscription"),
        (StreamToggles.DefenderForCloud, "Defender for Cloud", "Recommendations, regulatory compliance and secure score"),
    ];

    public bool IsOn(string toggle) => toggle switch
    {
        StreamToggles.EntraId => Answers.IngestEntraId,
        StreamToggles.Defender => Answers.IngestDefender,
        StreamToggles.ActivityLogs => Answers.IngestActivityLogs,
        _ => Answers.IngestDefenderForCloud,
    };

    public void Set(string toggle, bool on)
    {
        Answers = toggle switch
        {
            StreamToggles.EntraId => Answers with { IngestEntraId = on },
            StreamToggles.Defender => Answers with { IngestDefender = on },
            StreamToggles.ActivityLogs => Answers with { IngestActivityLogs = on },
            _ => Answers with { IngestDefenderForCloud = on },
        };
        if (!on) AcknowledgedBlockedToggles.Remove(toggle);
    }

    /// <summary>The grid rows of a toggle's streams, from the latest verification.</summary>
    public IReadOnlyList<StreamCheck> StreamsOf(string toggle)
    {
        var names = StreamCatalog.All.Where(s => s.Toggle == toggle).Select(s => s.Name).ToHashSet();
        return [.. (Verification?.Streams ?? []).Where(s => names.Contains(s.Stream))];
    }

    public IReadOnlyList<StreamCheck> BlockedStreamsOf(string toggle) => [.. StreamsOf(toggle).Where(s => StreamStatuses.IsBlocked(s.Status))];

    /// <summary>An enabled toggle with blocked streams must be acknowledged: nothing is enabled silently.</summary>
    public IReadOnlyList<string> UnacknowledgedBlockedToggles() =>
        [.. Toggles.Select(t => t.Toggle).Where(t => IsOn(t) && BlockedStreamsOf(t).Count > 0 && !AcknowledgedBlockedToggles.Contains(t))];

    /// <summary>Why the admin cannot leave the current step yet, or null when they can.</summary>
    public string? BlockerFor(ConnectWizardStep step) => step switch
    {
        ConnectWizardStep.Cloud when string.IsNullOrEmpty(Answers.Cloud) => "Choose the cloud your Azure tenant is in.",
        ConnectWizardStep.Credentials when CredentialErrors().Count > 0 => "Fix the fields marked in red.",
        ConnectWizardStep.Credentials when !CredentialsVerified => "Check the credentials first: HomeBase must get a token with them.",
        ConnectWizardStep.Permissions when !CredentialsVerified => "Check the credentials first.",
        ConnectWizardStep.Consent when NeedsConsent => "Grant admin consent, then check again.",
        ConnectWizardStep.Data when Toggles.All(t => !IsOn(t.Toggle)) => IntegrationRules.NoStreamEnabled,
        ConnectWizardStep.Data when UnacknowledgedBlockedToggles().Count > 0 => "Some enabled data has blocked streams: confirm each, or turn it off.",
        ConnectWizardStep.Data when Answers.BackfillDays is < MinBackfillDays or > MaxBackfillDays => $"Backfill is {MinBackfillDays} to {MaxBackfillDays} days.",
        _ => null,
    };

    public CredentialsInput Credentials() => new()
    {
        AzureTenantId = Answers.AzureTenantId?.Trim(),
        ClientId = Answers.ClientId?.Trim(),
        ClientSecret = ClientSecret,
        ClientSecretExpiresAt = Answers.ClientSecretExpiresOn is { } on ? new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
    };

    /// <summary>The API request the wizard sends for checks and for saving.</summary>
    public CreateIntegrationRequest ToRequest(bool allData = false) => new()
    {
        Type = "azure",
        Name = string.IsNullOrWhiteSpace(Answers.Name) ? null : Answers.Name.Trim(),
        Cloud = Answers.Cloud,
        Credentials = Credentials(),
        Config = new ConfigInput
        {
            IngestEntraId = allData || Answers.IngestEntraId,
            IngestDefender = allData || Answers.IngestDefender,
            IngestActivityLogs = allData || Answers.IngestActivityLogs,
            IngestDefenderForCloud = allData || Answers.IngestDefenderForCloud,
            SubscriptionIds = [.. Answers.SubscriptionIds],
            BackfillDays = Answers.BackfillDays,
        },
    };

    /// <summary>The expiry to show: the one read from Graph, else the admin's, else today + 24 months (a new secret's).</summary>
    public DateOnly DefaultSecretExpiry() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddMonths(24));

    /// <summary>Takes what verification learnt: the secret's real expiry replaces the default.</summary>
    public void Absorb(VerificationResult result)
    {
        Verification = result;
        if (result.SecretExpiry?.ExpiresAt is { } expires) Answers = Answers with { ClientSecretExpiresOn = DateOnly.FromDateTime(expires) };
    }
}
