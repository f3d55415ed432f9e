using System.Text.Json;
using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>
/// Files a directory audit by Microsoft's category and activity names (Microsoft Entra audit log activity reference)
/// and, for the signals, by what its targets' modified properties say: the role an "Add member to role" names
/// (<c>Role.TemplateId</c>, <c>Role.DisplayName</c>), the keys an application's credential update adds
/// (<c>KeyDescription</c>), the state a Conditional Access policy's new JSON has.
/// </summary>
internal static class DirectoryChangeClassifier
{
    public const string GlobalAdministratorTemplateId = RoleAssignmentRecord.GlobalAdministratorTemplateId;

    // Microsoft's reference writes these with a hyphen; the audit log itself with an en dash.
    private const string CertificatesAndSecrets = "Update application - Certificates and secrets management";

    private static readonly string[] ConsentActivities = ["Consent to application", "Add delegated permission grant", "Add app role assignment to service principal"];

    private static readonly string[] CredentialActivities = ["Add service principal credentials", "Remove service principal credentials", CertificatesAndSecrets];

    public static DirectoryChange Classify(string? category, string? activity, string? result, IReadOnlyList<AuditModification> modified)
    {
        var name = Normalise(activity);
        var role = Unquote(modified.FirstOrDefault(m => Is(m.Name, "Role.DisplayName"))?.NewValue);
        var area = Area(category, name);
        var succeeded = string.Equals(result, "success", StringComparison.OrdinalIgnoreCase);
        return new DirectoryChange(area, succeeded ? Signal(area, name, modified) : null, role);
    }

    private static string Area(string? category, string name)
    {
        if (CredentialActivities.Any(a => Is(name, a))) return DirectoryChangeAreas.AppCredentials;
        if (ConsentActivities.Any(a => Is(name, a))) return DirectoryChangeAreas.Consent;
        if (name.EndsWith("Conditional Access policy", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("named location", StringComparison.OrdinalIgnoreCase)) return DirectoryChangeAreas.ConditionalAccess;
        return category?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "ROLEMANAGEMENT" => DirectoryChangeAreas.Roles,
            "USERMANAGEMENT" => DirectoryChangeAreas.Users,
            "GROUPMANAGEMENT" => DirectoryChangeAreas.Groups,
            "APPLICATIONMANAGEMENT" => DirectoryChangeAreas.Applications,
            _ => DirectoryChangeAreas.Other,
        };
    }

    private static string? Signal(string area, string name, IReadOnlyList<AuditModification> modified)
    {
        switch (area)
        {
            case DirectoryChangeAreas.Roles when name.StartsWith("Add ", StringComparison.OrdinalIgnoreCase)
                && name.Contains("member to role", StringComparison.OrdinalIgnoreCase) && NamesGlobalAdministrator(modified):
                return DirectoryChangeSignals.GlobalAdministratorAdded;
            case DirectoryChangeAreas.AppCredentials when Is(name, "Add service principal credentials"):
                return DirectoryChangeSignals.CredentialAdded;
            case DirectoryChangeAreas.AppCredentials when Is(name, CertificatesAndSecrets) && AddsKeys(modified):
                return DirectoryChangeSignals.CredentialAdded;
            case DirectoryChangeAreas.ConditionalAccess when Is(name, "Delete Conditional Access policy"):
                return DirectoryChangeSignals.PolicyTurnedOff;
            case DirectoryChangeAreas.ConditionalAccess when Is(name, "Update Conditional Access policy") && TurnsPolicyOff(modified):
                return DirectoryChangeSignals.PolicyTurnedOff;
            default:
                return null;
        }
    }

    /// <summary>By the template id, else by the name (Global Administrator was once "Company Administrator").</summary>
    private static bool NamesGlobalAdministrator(IReadOnlyList<AuditModification> modified) =>
        modified.Any(m => Is(m.Name, "Role.TemplateId") && Is(Unquote(m.NewValue), GlobalAdministratorTemplateId))
        || modified.Any(m => Is(m.Name, "Role.DisplayName") && Unquote(m.NewValue) is "Global Administrator" or "Company Administrator");

    /// <summary>
    /// The update lists the application's keys before and after: more keys after is a credential added. Without the
    /// property the update is still counted, because a missed credential costs more than a second look.
    /// </summary>
    private static bool AddsKeys(IReadOnlyList<AuditModification> modified)
    {
        var keys = modified.FirstOrDefault(m => Is(m.Name, "KeyDescription"));
        return keys is null || Count(keys.NewValue, "KeyIdentifier=") > Count(keys.OldValue, "KeyIdentifier=");
    }

    /// <summary>An enabled policy whose new JSON is disabled or report-only no longer enforces anything.</summary>
    private static bool TurnsPolicyOff(IReadOnlyList<AuditModification> modified) =>
        modified.Any(m => StateIn(m.OldValue) == "enabled" && StateIn(m.NewValue) is { } state && state != "enabled");

    private static string? StateIn(string? policyJson)
    {
        if (string.IsNullOrWhiteSpace(policyJson) || !policyJson.TrimStart().StartsWith('{')) return null;
        try
        {
            using var policy = JsonDocument.Parse(policyJson);
            return policy.RootElement.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String ? state.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Count(string? text, string what)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Modified values are JSON strings (<c>"\"Global Administrator\""</c>).</summary>
    private static string? Unquote(string? value) => value?.Trim().Trim('"');

    private static string Normalise(string? activity) => (activity ?? "").Replace('\u2013', '-').Replace('\u2014', '-').Trim().TrimEnd('.');

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
