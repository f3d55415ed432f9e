namespace HomeBase.Core.Integrations;

/// <summary>The integration created, or the one an earlier request with the same idempotency key created.</summary>
public sealed record CreatedIntegration(Integration Integration, bool Replayed);
