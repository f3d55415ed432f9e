namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>One of a directory audit target's <c>modifiedProperties</c>: Microsoft writes the values as JSON text.</summary>
internal sealed record AuditModification(string? Name, string? OldValue, string? NewValue);
