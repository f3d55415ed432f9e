using System.Text.Json;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// What a Conditional Access policy covers and grants, in words, from Microsoft's <c>conditionalAccessConditionSet</c>
/// (users, applications, client app types, risk levels) and the built-in grant controls.
/// </summary>
public static class PolicyTargets
{
    public static string Describe(string? conditionsJson)
    {
        if (string.IsNullOrWhiteSpace(conditionsJson)) return "Unknown";
        try
        {
            using var document = JsonDocument.Parse(conditionsJson);
            var conditions = document.RootElement;
            var parts = new List<string> { Users(conditions.TryGetProperty("users", out var users) ? users : default) };
            parts.Add(Applications(conditions.TryGetProperty("applications", out var apps) ? apps : default));
            if (Strings(conditions, "clientAppTypes") is { Count: > 0 } clients && !clients.Contains("all")) parts.Add("clients: " + string.Join(", ", clients.Select(DisplayNames.Of)));
            if (Strings(conditions, "signInRiskLevels") is { Count: > 0 } signInRisk) parts.Add("sign-in risk " + string.Join("/", signInRisk));
            if (Strings(conditions, "userRiskLevels") is { Count: > 0 } userRisk) parts.Add("user risk " + string.Join("/", userRisk));
            return string.Join(" · ", parts);
        }
        catch (JsonException)
        {
            return "Unknown";
        }
    }

    /// <summary>The built-in grant controls (<c>mfa,block</c>) in words.</summary>
    public static string Grants(string? controls) => string.IsNullOrWhiteSpace(controls) ? "Session controls only" : string.Join(", ", controls.Split(',').Select(c => c.Trim() switch
    {
        "mfa" => "Require MFA",
        "block" => "Block access",
        "compliantDevice" => "Require a compliant device",
        "domainJoinedDevice" => "Require a hybrid joined device",
        "approvedApplication" => "Require an approved app",
        "compliantApplication" => "Require an app protection policy",
        "passwordChange" => "Require a password change",
        var other => DisplayNames.Of(other),
    }));

    /// <summary>The policy's state in the words of the Entra admin center.</summary>
    public static string State(string? state) => state switch
    {
        "enabled" => "On",
        "enabledForReportingButNotEnforced" => "Report-only",
        "disabled" => "Off",
        _ => state ?? "Unknown",
    };

    private static string Users(JsonElement users)
    {
        var include = Strings(users, "includeUsers");
        var who = include.Contains("All") ? "All users"
            : include.Contains("GuestsOrExternalUsers") ? "Guests and external users"
            : Counted(include.Count, "user", Strings(users, "includeGroups").Count, "group", Strings(users, "includeRoles").Count, "role") ?? "No users";
        var except = Counted(Strings(users, "excludeUsers").Count, "user", Strings(users, "excludeGroups").Count, "group", Strings(users, "excludeRoles").Count, "role");
        return except is null ? who : $"{who} except {except}";
    }

    private static string Applications(JsonElement applications)
    {
        var include = Strings(applications, "includeApplications");
        if (include.Contains("All")) return "all apps";
        if (include.Contains("Office365")) return "Office 365";
        if (include.Count > 0) return include.Count == 1 ? "1 app" : $"{include.Count} apps";
        return Strings(applications, "includeUserActions") is { Count: > 0 } actions ? "user actions: " + string.Join(", ", actions) : "no apps";
    }

    private static string? Counted(int first, string firstName, int second, string secondName, int third, string thirdName)
    {
        var parts = new[] { (first, firstName), (second, secondName), (third, thirdName) }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}{(p.Item1 == 1 ? "" : "s")}").ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)]
            : [];
}
