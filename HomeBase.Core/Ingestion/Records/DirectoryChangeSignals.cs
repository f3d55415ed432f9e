namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// The directory changes worth a look even when expected, because they are how a takeover starts or hides: a new
/// Global Administrator, a credential added to an application or service principal, a Conditional Access policy
/// turned off or deleted. Only successful changes carry one.
/// </summary>
public static class DirectoryChangeSignals
{
    public const string GlobalAdministratorAdded = "global_admin_added";
    public const string CredentialAdded = "app_credential_added";
    public const string PolicyTurnedOff = "policy_turned_off";

    public static IReadOnlyList<string> All { get; } = [GlobalAdministratorAdded, CredentialAdded, PolicyTurnedOff];

    public static string Label(string? signal) => signal switch
    {
        GlobalAdministratorAdded => "New Global Administrators",
        CredentialAdded => "Credentials added to apps",
        PolicyTurnedOff => "Conditional Access policies turned off",
        _ => "Other",
    };
}
