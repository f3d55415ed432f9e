namespace HomeBase.Core.Integrations.Connect;

/// <summary>A restored draft: the answers, and the secret decrypted for the wizard's checks.</summary>
public sealed record RestoredDraft(ConnectWizardAnswers Answers, string? ClientSecret, DateTime UpdatedAt);
