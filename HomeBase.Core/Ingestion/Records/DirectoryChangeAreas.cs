namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// What a directory audit changed, as the Directory changes page groups it. Decided once at ingestion from Microsoft's
/// category and activity names (Microsoft Entra audit log activity reference), so that filters and counts are indexed.
/// </summary>
public static class DirectoryChangeAreas
{
    public const string Roles = "roles";
    public const string AppCredentials = "app_credentials";
    public const string Consent = "consent";
    public const string ConditionalAccess = "conditional_access";
    public const string Users = "users";
    public const string Groups = "groups";
    public const string Applications = "applications";
    public const string Other = "other";

    /// <summary>In the order the page lists them: the changes an attacker makes first.</summary>
    public static IReadOnlyList<string> All { get; } = [Roles, AppCredentials, Consent, ConditionalAccess, Users, Groups, Applications, Other];

    public static string Label(string? area) => area switch
    {
        Roles => "Role assignments",
        AppCredentials => "Application credentials",
        Consent => "Consent and permission grants",
        ConditionalAccess => "Conditional Access",
        Users => "Users",
        Groups => "Groups",
        Applications => "Applications and service principals",
        _ => "Other changes",
    };
}
