namespace HomeBase.Sandbox.Data;

/// <summary>A directory role held by a user, group or service principal (by its index in the tenant's data), over a scope.</summary>
internal sealed record RoleAssignment(string RoleDefinitionId, string PrincipalKind, int PrincipalIndex, string DirectoryScopeId);
