namespace HomeBase.Core.Auditing;

/// <summary>What to show of the audit log: text that the action or the actor must contain.</summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null, int Limit = 100);
