namespace HomeBase.Core.Integrations.Connect;

/// <summary>
/// A half-finished "connect Azure" wizard, kept server-side per user and tenant so that a reload or a dropped
/// connection loses nothing. The secret is encrypted like an integration's; the draft dies after a day.
/// </summary>
public sealed class ConnectWizardDraft
{
    public const string IdPrefix = "drf";

    public required string Id { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The wizard's answers except the secret, as JSON (<see cref="ConnectWizardAnswers"/>).</summary>
    public required string AnswersJson { get; set; }

    public string? ProtectedClientSecret { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
