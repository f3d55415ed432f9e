namespace HomeBase.Sandbox.Data;

/// <summary>
/// What directory audit number N is, decided once: the audit's JSON is written from it and the ground truth counts
/// it, so the two cannot disagree. <see cref="Area"/> and <see cref="Signal"/> are the sandbox's own statement of
/// what HomeBase must file it under, not HomeBase's rule.
/// </summary>
internal readonly record struct DirectoryAuditFacts(
    (string Activity, string Category, string Operation, string TargetType, string Area) Kind,
    bool Succeeded,
    (string Id, string Name) Role,
    string? OldPolicyState,
    string? NewPolicyState,
    int KeysBefore,
    int KeysAfter)
{
    public string Area => Kind.Area;

    public string? Signal => !Succeeded ? null : Kind.Activity switch
    {
        "Add member to role" when Role.Name == "Global Administrator" => "global_admin_added",
        "Add service principal credentials" => "app_credential_added",
        "Update application \u2013 Certificates and secrets management" when KeysAfter > KeysBefore => "app_credential_added",
        "Delete Conditional Access policy" => "policy_turned_off",
        "Update Conditional Access policy" when OldPolicyState == "enabled" && NewPolicyState != "enabled" => "policy_turned_off",
        _ => null,
    };
}
