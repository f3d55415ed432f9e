namespace HomeBase.Core.Access;

/// <summary>Who an Entra ID sign-in says the person is: their directory, object id, names and assigned app roles.</summary>
public sealed record EntraIdentity(string TenantId, string ObjectId, string UserPrincipalName, string? Email, string DisplayName, IReadOnlyList<string> AppRoles)
{
    /// <summary>Stable across renames: an Entra object id is unique within its directory.</summary>
    public string LoginKey => $"{TenantId}/{ObjectId}";
}
