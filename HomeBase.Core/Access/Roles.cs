namespace HomeBase.Core.Access;

/// <summary>HomeBase roles, weakest first; each can do everything the previous one can.</summary>
public static class Roles
{
    /// <summary>Dashboards and integration status only.</summary>
    public const string Viewer = "viewer";

    /// <summary>Also creates, edits, verifies, rotates and deletes integrations, and manages webhooks.</summary>
    public const string Admin = "admin";

    /// <summary>Also manages users and API keys.</summary>
    public const string Owner = "owner";

    public static IReadOnlyList<string> All { get; } = [Viewer, Admin, Owner];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);

    /// <summary>True when <paramref name="role"/> is at least <paramref name="required"/>.</summary>
    public static bool Allows(string? role, string required) =>
        IsValid(role) && All.ToList().IndexOf(role!) >= All.ToList().IndexOf(required);
}
