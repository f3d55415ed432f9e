using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Activity Log and Defender for Cloud data per subscription.
public sealed partial class TenantData
{
    private static readonly (string Operation, string Verb)[] Operations =
    [
        ("Microsoft.Compute/virtualMachines/write", "Create or Update Virtual Machine"),
        ("Microsoft.Compute/virtualMachines/delete", "Delete Virtual Machine"),
        ("Microsoft.Storage/storageAccounts/write", "Create/Update Storage Account"),
        ("Microsoft.Storage/storageAccounts/listKeys/action", "List Storage Account Keys"),
        ("Microsoft.Network/networkSecurityGroups/securityRules/write", "Create or Update Security Rule"),
        ("Microsoft.KeyVault/vaults/write", "Update Key Vault"),
        ("Microsoft.Authorization/roleAssignments/write", "Create role assignment"),
        ("Microsoft.Authorization/roleAssignments/delete", "Delete role assignment"),
        ("Microsoft.Resources/deployments/write", "Create Deployment"),
        ("Microsoft.Web/sites/restart/action", "Restart Web App"),
    ];

    private static readonly (string Name, string DisplayName, int Controls)[] Standards =
    [
        ("Microsoft-cloud-security-benchmark", "Microsoft cloud security benchmark", 12),
        ("ISO-27001", "ISO 27001:2013", 9),
        ("PCI-DSS-4", "PCI DSS 4.0", 8),
    ];

    private static readonly (string Name, string Severity, string Category)[] Recommendations =
    [
        ("MFA should be enabled on accounts with owner permissions on your subscription", "High", "IdentityAndAccess"),
        ("Storage accounts should restrict network access", "Medium", "Data"),
        ("Machines should have vulnerability findings resolved", "High", "Compute"),
        ("Management ports of virtual machines should be protected with just-in-time network access control", "High", "Networking"),
        ("Key Vault keys should have an expiration date", "Medium", "Data"),
        ("System updates should be installed on your machines", "High", "Compute"),
        ("Endpoint protection should be installed on your machines", "Medium", "Compute"),
        ("Azure SQL Database should have Microsoft Entra-only authentication enabled", "Medium", "Data"),
        ("Internet-facing virtual machines should be protected with network security groups", "High", "Networking"),
        ("Diagnostic logs in Key Vault should be enabled", "Low", "Data"),
    ];

    internal TimeSeries ActivityLog(Guid subscriptionId) =>
        new(Seed, $"activity:{subscriptionId}", Origin, TimeSpan.FromTicks(History.Ticks / ActivityPerSubscription));

    /// <summary>
    /// An Activity Log event. Events come in pairs, as Microsoft's log writes them: an Administrative operation logs
    /// <c>BeginRequest</c>/<c>Started</c> and then <c>EndRequest</c>/<c>Succeeded</c> (or <c>Failed</c>) under one
    /// <c>operationId</c>; one pair in ten is two Policy events and one in ten two Security events instead.
    /// </summary>
    internal ActivityEventKind ActivityKindOf(Guid subscriptionId, long index) => (H($"activity:{subscriptionId}:kind", index / 2) % 10) switch
    {
        8 => ActivityEventKind.Policy,
        9 => ActivityEventKind.Security,
        _ => index % 2 == 0 ? ActivityEventKind.OperationStarted : ActivityEventKind.OperationEnded,
    };

    /// <summary>Whether the operation of an event failed (its end is <c>Failed</c>).</summary>
    internal bool ActivityFailed(Guid subscriptionId, long index) => Det.Chance(H($"activity:{subscriptionId}:failed", index / 2), 6);

    internal string ActivityOperation(Guid subscriptionId, long index) => ActivityKindOf(subscriptionId, index) switch
    {
        ActivityEventKind.Policy => "Microsoft.Authorization/policies/audit/action",
        ActivityEventKind.Security => "Microsoft.Security/locations/alerts/activate/action",
        _ => Det.Pick(Operations, H($"activity:{subscriptionId}:op", index / 2)).Operation,
    };

    internal JsonObject ActivityEvent(Guid subscriptionId, long index)
    {
        var series = ActivityLog(subscriptionId);
        var what = $"activity:{subscriptionId}";
        var operationIndex = index / 2;
        var kind = ActivityKindOf(subscriptionId, index);
        var (operationName, verb) = kind switch
        {
            ActivityEventKind.Policy => ("Microsoft.Authorization/policies/audit/action", "'audit' Policy action."),
            ActivityEventKind.Security => ("Microsoft.Security/locations/alerts/activate/action", "Activate an alert"),
            _ => Det.Pick(Operations, H(what + ":op", operationIndex)),
        };
        var failed = kind == ActivityEventKind.OperationEnded && ActivityFailed(subscriptionId, index);
        var resourceGroup = Det.Pick(["rg-production", "rg-shared", "rg-network", "rg-data", "rg-dev"], H(what + ":rg", operationIndex));
        var provider = operationName.Split('/')[0];
        var type = kind == ActivityEventKind.Policy ? "Microsoft.Storage/storageAccounts" : string.Join('/', operationName.Split('/')[..2]);
        var resourceName = $"{type.Split('/')[1].TrimEnd('s').ToLowerInvariant()}-{Det.Int(H(what + ":res", operationIndex), 40):00}";
        var resourceId = $"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/{type}/{resourceName}";
        var eventId = G(what + ":event", index);
        var user = Det.Int(H(what + ":caller", operationIndex), BaseUserCount);
        var time = series.TimeOf(index);
        var administrative = kind is ActivityEventKind.OperationStarted or ActivityEventKind.OperationEnded;
        // The two events of an operation share its operation id; Policy and Security events each have their own.
        var operationId = administrative ? G(what + ":operation", operationIndex) : G(what + ":operation:single", index);
        var (eventName, category, status, subStatus) = kind switch
        {
            ActivityEventKind.OperationStarted => ("BeginRequest", "Administrative", "Started", ""),
            ActivityEventKind.OperationEnded => ("EndRequest", "Administrative", failed ? "Failed" : "Succeeded", failed ? "Forbidden" : "OK"),
            ActivityEventKind.Policy => ("EndRequest", "Policy", "Succeeded", ""),
            _ => ("", "Security", "Active", ""),
        };
        JsonObject Localizable(string value, string? localized = null) => new() { ["value"] = value, ["localizedValue"] = localized ?? value };
        return new JsonObject
        {
            ["authorization"] = new JsonObject { ["action"] = operationName, ["scope"] = resourceId },
            ["caller"] = kind == ActivityEventKind.Policy ? "Microsoft.PolicyInsights"
                : Det.Chance(H(what + ":app", operationIndex), 25) ? G("activity:app", Det.Int(H(what + ":app", operationIndex), 5)).ToString() : UserName(user).Upn,
            ["claims"] = new JsonObject { ["aud"] = "https://management.core.windows.net/", ["iss"] = $"https://sts.windows.net/{TenantId}/" },
            ["correlationId"] = G(what + ":correlation", operationIndex).ToString(),
            ["description"] = "",
            ["eventDataId"] = eventId.ToString(),
            ["eventName"] = Localizable(eventName, eventName switch { "BeginRequest" => "Begin request", "EndRequest" => "End request", _ => "" }),
            ["category"] = Localizable(category),
            ["httpRequest"] = new JsonObject
            {
                ["clientRequestId"] = G(what + ":client", operationIndex).ToString(),
                ["clientIpAddress"] = $"20.{Det.Int(H(what + ":ip", operationIndex), 200)}.{Det.Int(H(what + ":ip", operationIndex, 1), 255)}.{Det.Int(H(what + ":ip", operationIndex, 2), 255)}",
                ["method"] = operationName.EndsWith("delete", StringComparison.Ordinal) ? "DELETE" : operationName.EndsWith("action", StringComparison.Ordinal) ? "POST" : "PUT",
            },
            ["id"] = $"{resourceId}/events/{eventId}/ticks/{time.UtcTicks}",
            ["level"] = failed ? "Error" : kind == ActivityEventKind.Policy ? "Warning" : "Informational",
            ["resourceGroupName"] = resourceGroup,
            ["resourceProviderName"] = Localizable(provider),
            ["resourceId"] = resourceId,
            ["resourceType"] = Localizable(type),
            ["operationId"] = operationId.ToString(),
            ["operationName"] = Localizable(operationName, verb),
            ["properties"] = new JsonObject { ["statusCode"] = failed ? "Forbidden" : "OK", ["serviceRequestId"] = G(what + ":srid", operationIndex).ToString() },
            ["status"] = Localizable(status),
            ["subStatus"] = Localizable(subStatus),
            ["eventTimestamp"] = Iso(time),
            ["submissionTimestamp"] = Iso(time.AddSeconds(12)),
            ["subscriptionId"] = subscriptionId.ToString(),
            ["tenantId"] = TenantId.ToString(),
        };
    }

    /// <summary>Defender for Cloud assessments: each recommendation applied to a few resources of the subscription.</summary>
    internal int AssessmentCount => Recommendations.Length * 4;

    internal JsonObject Assessment(Guid subscriptionId, int index)
    {
        var recommendation = Recommendations[index % Recommendations.Length];
        var resourceType = Det.Pick(Vocabulary.ResourceTypes, H($"assessment:{subscriptionId}:type", index));
        var resourceId = $"/subscriptions/{subscriptionId}/resourceGroups/rg-production/providers/{resourceType}/res-{index:00}";
        var key = G("assessment:key:" + recommendation.Name, 0);
        var status = Det.Pick(["Healthy", "Unhealthy", "Unhealthy", "NotApplicable"], H($"assessment:{subscriptionId}:status", index));
        return new JsonObject
        {
            ["id"] = $"{resourceId}/providers/Microsoft.Security/assessments/{key}",
            ["name"] = key.ToString(),
            ["type"] = "Microsoft.Security/assessments",
            ["properties"] = new JsonObject
            {
                ["displayName"] = recommendation.Name,
                ["resourceDetails"] = new JsonObject { ["source"] = "Azure", ["id"] = resourceId },
                ["status"] = new JsonObject
                {
                    ["code"] = status,
                    ["cause"] = status == "NotApplicable" ? "OffByPolicy" : null,
                    ["description"] = status == "NotApplicable" ? "This recommendation is disabled by policy" : null,
                },
                ["additionalData"] = new JsonObject(),
                ["links"] = new JsonObject { ["azurePortalUri"] = $"https://portal.azure.com/#blade/Microsoft_Azure_Security/RecommendationsBlade/assessmentKey/{key}" },
            },
        };
    }

    /// <summary>
    /// The assessment types' metadata (severity, categories), listed apart from the assessments as Microsoft documents
    /// it; an assessment's <c>name</c> is its metadata's <c>name</c>.
    /// </summary>
    internal IEnumerable<JsonObject> AssessmentMetadata(Guid subscriptionId) => Recommendations.Select(r =>
    {
        var key = G("assessment:key:" + r.Name, 0);
        return new JsonObject
        {
            ["id"] = $"/subscriptions/{subscriptionId}/providers/Microsoft.Security/assessmentMetadata/{key}",
            ["name"] = key.ToString(),
            ["type"] = "Microsoft.Security/assessmentMetadata",
            ["properties"] = new JsonObject
            {
                ["displayName"] = r.Name,
                ["description"] = $"{r.Name}.",
                ["remediationDescription"] = "Follow the steps in the recommendation.",
                ["severity"] = r.Severity,
                ["categories"] = Strings(r.Category),
                ["userImpact"] = "Low",
                ["implementationEffort"] = "Moderate",
                ["threats"] = Strings("dataExfiltration", "accountBreach"),
                ["assessmentType"] = "BuiltIn",
            },
        };
    });

    internal IEnumerable<(string Name, string DisplayName, int Controls)> ComplianceStandards() => Standards;

    internal static string ControlState(int passed, int failed) => failed > 0 ? "Failed" : passed > 0 ? "Passed" : "Skipped";

    /// <summary>A control's assessments: 1 to 4, each passed, failed or skipped.</summary>
    internal IReadOnlyList<(string Name, string State, int Passed, int Failed, int Skipped)> ComplianceAssessments(Guid subscriptionId, string standard, int control)
    {
        var what = $"compliance:{subscriptionId}:{standard}:{control}";
        var count = 1 + Det.Int(H(what, 0), 4);
        return [.. Enumerable.Range(0, count).Select(a =>
        {
            var state = Det.Pick(["Passed", "Passed", "Failed", "Skipped"], H(what, a + 1));
            var resources = 1 + Det.Int(H(what, a + 100), 10);
            return (Recommendations[(control + a) % Recommendations.Length].Name, state,
                state == "Passed" ? resources : 0, state == "Failed" ? resources : 0, state == "Skipped" ? resources : 0);
        })];
    }

    internal (double Current, int Max) SecureScore(Guid subscriptionId)
    {
        var max = 58;
        return (Math.Round(20 + Det.Int(H($"score:{subscriptionId}", 0), 3500) / 100.0, 2), max);
    }
}
