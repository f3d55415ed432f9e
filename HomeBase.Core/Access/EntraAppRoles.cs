namespace HomeBase.Core.Access;

/// <summary>
/// The app roles of the operator's HomeBase sign-in app registration and the HomeBase role each one gives.
/// A person assigned several gets the strongest.
/// </summary>
public static class EntraAppRoles
{
    public const string Owner = "HomeBase.Owner";
    public const string Admin = "HomeBase.Admin";
    public const string Viewer = "HomeBase.Viewer";

    public static IReadOnlyList<string> All { get; } = [Owner, Admin, Viewer];

    /// <summary>The HomeBase role the app roles give, or null when none of them is HomeBase's.</summary>
    public static string? ToRole(IEnumerable<string> appRoles)
    {
        var roles = appRoles.ToHashSet(StringComparer.Ordinal);
        return roles.Contains(Owner) ? Roles.Owner : roles.Contains(Admin) ? Roles.Admin : roles.Contains(Viewer) ? Roles.Viewer : null;
    }
}
