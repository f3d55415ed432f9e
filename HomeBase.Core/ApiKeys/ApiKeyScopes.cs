namespace HomeBase.Core.ApiKeys;

/// <summary>
/// What an API key may do. A key gets only the scopes its owner chose, so a script that reads integrations cannot
/// delete them, rotate their secrets or redirect webhooks.
/// </summary>
public static class ApiKeyScopes
{
    public const string IntegrationsRead = "integrations:read";
    public const string IntegrationsWrite = "integrations:write";
    public const string CredentialsRotate = "credentials:rotate";
    public const string WebhooksRead = "webhooks:read";
    public const string WebhooksWrite = "webhooks:write";

    /// <summary>Every scope with what it allows, in the order the Settings page lists them.</summary>
    public static readonly IReadOnlyList<(string Scope, string Allows)> All =
    [
        (IntegrationsRead, "List and read integrations and their streams' health"),
        (IntegrationsWrite, "Create, change, verify, sync and delete integrations"),
        (CredentialsRotate, "Rotate an integration's client secret"),
        (WebhooksRead, "List and read webhook endpoints and their deliveries"),
        (WebhooksWrite, "Add, change, test and delete webhook endpoints, roll their secrets and resend deliveries"),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Scope);

    /// <summary>The stored form: known scopes, each once, in catalog order, separated by spaces (as OAuth writes scopes).</summary>
    public static string Join(IEnumerable<string> scopes)
    {
        var chosen = scopes.Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', Names.Where(chosen.Contains));
    }

    public static IReadOnlyList<string> Split(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<string> Unknown(IEnumerable<string> scopes) =>
        [.. scopes.Select(s => s.Trim()).Where(s => s.Length > 0 && !Names.Contains(s, StringComparer.Ordinal)).Distinct()];
}
