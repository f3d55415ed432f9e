namespace HomeBase.Core.Ingestion.Records;

/// <summary>A change to users, groups, roles or applications from <c>/auditLogs/directoryAudits</c>.</summary>
public sealed class DirectoryAuditRecord : IngestedRecord
{
    public DateTime ActivityAt { get; set; }

    public string? Category { get; set; }

    public string? ActivityDisplayName { get; set; }

    public string? OperationType { get; set; }

    public string? Result { get; set; }

    /// <summary>Who did it: the user's UPN, or the app's display name.</summary>
    public string? InitiatedBy { get; set; }

    public string? TargetDisplayName { get; set; }

    public string? TargetType { get; set; }

    /// <summary>The first target's object id: a user's opens User 360.</summary>
    public string? TargetId { get; set; }

    /// <summary>What the change touched (<see cref="DirectoryChangeAreas"/>), decided at ingestion.</summary>
    public string Area { get; set; } = DirectoryChangeAreas.Other;

    /// <summary>A high-signal change (<see cref="DirectoryChangeSignals"/>), or null.</summary>
    public string? Signal { get; set; }

    /// <summary>The directory role a role change names (<c>Role.DisplayName</c>).</summary>
    public string? RoleName { get; set; }

    public string? CorrelationId { get; set; }

    public override DateTime? EventTime => ActivityAt;
}
