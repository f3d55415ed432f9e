namespace HomeBase.Core.Ingestion.Records;

/// <summary>A directory role assignment (<c>unifiedRoleAssignment</c>): a role the principal holds now, permanently or activated.</summary>
public sealed class RoleAssignmentRecord : RoleGrantRecord;
