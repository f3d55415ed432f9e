using System.Text.Json.Nodes;
using HomeBase.Sandbox.Graph;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Arm;

/// <summary>Azure Resource Manager: subscriptions, the Activity Log and Defender for Cloud, gated by Azure roles.</summary>
internal static class ArmEndpoints
{
    private const string Security = "/arm/subscriptions/{subscriptionId}/providers/Microsoft.Security";
    private const int ActivityPageSize = 200;

    public static void MapArm(this IEndpointRouteBuilder app)
    {
        app.MapGet("/arm/subscriptions", Subscriptions);
        app.MapGet("/arm/subscriptions/{subscriptionId}/providers/Microsoft.Insights/eventtypes/management/values", ActivityLog);
        app.MapGet($"{Security}/assessments", Assessments);
        app.MapGet($"{Security}/assessmentMetadata", AssessmentMetadata);
        app.MapGet($"{Security}/regulatoryComplianceStandards", Standards);
        app.MapGet($"{Security}/regulatoryComplianceStandards/{{standard}}/regulatoryComplianceControls", Controls);
        app.MapGet($"{Security}/regulatoryComplianceStandards/{{standard}}/regulatoryComplianceControls/{{control}}/regulatoryComplianceAssessments", ComplianceAssessments);
        app.MapGet($"{Security}/secureScores", SecureScores);
    }

    private static IResult Subscriptions(HttpContext context)
    {
        if (ApiVersion(context, "2022-12-01", "2021-01-01", "2020-01-01", "2016-06-01") is { } bad) return bad;
        var tenant = SandboxCaller.From(context).Tenant;
        var value = new JsonArray([.. tenant.Subscriptions.Where(s => s.Readable).Select(s => (JsonNode?)new JsonObject
        {
            ["id"] = $"/subscriptions/{s.Id}",
            ["subscriptionId"] = s.Id.ToString(),
            ["tenantId"] = tenant.TenantId.ToString(),
            ["displayName"] = s.Name,
            ["state"] = s.State,
            ["subscriptionPolicies"] = new JsonObject { ["locationPlacementId"] = "Public_2014-09-01", ["quotaId"] = "EnterpriseAgreement_2014-09-01", ["spendingLimit"] = "Off" },
            ["authorizationSource"] = "RoleBased",
            ["managedByTenants"] = new JsonArray(),
            ["tags"] = new JsonObject(),
        })]);
        return Json(new JsonObject { ["value"] = value });
    }

    private static IResult ActivityLog(string subscriptionId, HttpContext context, PageTokens tokens, TimeProvider time)
    {
        if (ApiVersion(context, "2015-04-01") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Insights/eventtypes/values/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var series = data.ActivityLog(subscription!.Id);

        ListCursor cursor;
        if (context.Request.Query["$skiptoken"].ToString() is { Length: > 0 } skip)
        {
            var decoded = tokens.Unprotect<ListCursor>(skip);
            if (decoded is null || decoded.Stream != $"activity:{subscription.Id}") return ApiErrors.Arm(context, 400, "InvalidSkipToken", "The $skiptoken is not valid.");
            cursor = decoded;
        }
        else
        {
            var filter = context.Request.Query["$filter"].ToString();
            if (string.IsNullOrEmpty(filter))
            {
                return ApiErrors.Arm(context, 400, "BadRequest",
                    "The $filter query parameter value is required and must include the time range: eventTimestamp ge '<start>' and eventTimestamp le '<end>'.");
            }
            var (from, to, error) = ODataQuery.TimeRange(filter, "eventTimestamp");
            if (error is not null || from is null) return ApiErrors.Arm(context, 400, "BadRequest", error ?? "The $filter must include eventTimestamp ge '<start>'.");
            if (time.GetUtcNow() - from > TimeSpan.FromDays(90))
            {
                return ApiErrors.Arm(context, 400, "BadRequest", "The start time is more than 90 days ago; the Activity Log keeps 90 days.");
            }
            var upper = to is { } t && t < time.GetUtcNow() ? t : time.GetUtcNow();
            cursor = new ListCursor($"activity:{subscription.Id}", series.LastAtOrBefore(upper), series.FirstAtOrAfter(from.Value), ActivityPageSize, null, upper.UtcTicks);
        }

        var page = new JsonArray();
        var next = cursor.Next;
        for (; next >= cursor.Lowest && page.Count < cursor.Top; next--) page.Add(data.ActivityEvent(subscription.Id, next));
        var body = new JsonObject { ["value"] = page };
        if (next >= cursor.Lowest)
        {
            body["nextLink"] = $"{GraphLists.BaseUrl(context)}{context.Request.Path}?api-version=2015-04-01&$skiptoken={tokens.Protect(cursor with { Next = next })}";
        }
        return Json(body);
    }

    private static IResult Assessments(string subscriptionId, HttpContext context)
    {
        if (ApiVersion(context, "2021-06-01", "2020-01-01") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/assessments/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        return Json(new JsonObject { ["value"] = new JsonArray([.. Enumerable.Range(0, data.AssessmentCount).Select(i => (JsonNode?)data.Assessment(subscription!.Id, i))]) });
    }

    private static IResult Standards(string subscriptionId, HttpContext context)
    {
        if (ApiVersion(context, "2019-01-01-preview") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/regulatoryComplianceStandards/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var value = new JsonArray([.. data.ComplianceStandards().Select(s =>
        {
            var controls = Enumerable.Range(0, s.Controls).Select(c => ControlCounts(data, subscription!.Id, s.Name, c)).ToList();
            var passed = controls.Count(c => c.State == "Passed");
            var failed = controls.Count(c => c.State == "Failed");
            var skipped = controls.Count(c => c.State == "Skipped");
            return (JsonNode?)new JsonObject
            {
                ["id"] = $"/subscriptions/{subscription!.Id}/providers/Microsoft.Security/regulatoryComplianceStandards/{s.Name}",
                ["name"] = s.Name,
                ["type"] = "Microsoft.Security/regulatoryComplianceStandards",
                ["properties"] = new JsonObject
                {
                    ["state"] = failed > 0 ? "Failed" : passed > 0 ? "Passed" : "Skipped",
                    ["passedControls"] = passed, ["failedControls"] = failed, ["skippedControls"] = skipped, ["unsupportedControls"] = 0,
                },
            };
        })]);
        return Json(new JsonObject { ["value"] = value });
    }

    private static IResult Controls(string subscriptionId, string standard, HttpContext context)
    {
        if (ApiVersion(context, "2019-01-01-preview") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/regulatoryComplianceStandards/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var found = data.ComplianceStandards().FirstOrDefault(s => string.Equals(s.Name, standard, StringComparison.OrdinalIgnoreCase));
        if (found.Name is null) return ApiErrors.Arm(context, 404, "NotFound", $"Regulatory compliance standard '{standard}' was not found.");
        var value = new JsonArray([.. Enumerable.Range(0, found.Controls).Select(c =>
        {
            var counts = ControlCounts(data, subscription!.Id, found.Name, c);
            return (JsonNode?)new JsonObject
            {
                ["id"] = $"/subscriptions/{subscription.Id}/providers/Microsoft.Security/regulatoryComplianceStandards/{found.Name}/regulatoryComplianceControls/{ControlName(c)}",
                ["name"] = ControlName(c),
                ["type"] = "Microsoft.Security/regulatoryComplianceStandards/regulatoryComplianceControls",
                ["properties"] = new JsonObject
                {
                    ["description"] = $"{found.DisplayName} control {ControlName(c)}",
                    ["state"] = counts.State,
                    ["passedAssessments"] = counts.Passed, ["failedAssessments"] = counts.Failed, ["skippedAssessments"] = counts.Skipped,
                },
            };
        })]);
        return Json(new JsonObject { ["value"] = value });
    }

    private static IResult ComplianceAssessments(string subscriptionId, string standard, string control, HttpContext context)
    {
        if (ApiVersion(context, "2019-01-01-preview") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/regulatoryComplianceStandards/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        var found = data.ComplianceStandards().FirstOrDefault(s => string.Equals(s.Name, standard, StringComparison.OrdinalIgnoreCase));
        var index = Enumerable.Range(0, found.Name is null ? 0 : found.Controls).Cast<int?>().FirstOrDefault(c => ControlName(c!.Value) == control);
        if (found.Name is null || index is null) return ApiErrors.Arm(context, 404, "NotFound", $"Control '{control}' of '{standard}' was not found.");
        var value = new JsonArray([.. data.ComplianceAssessments(subscription!.Id, found.Name, index.Value).Select((a, i) => (JsonNode?)new JsonObject
        {
            ["id"] = $"/subscriptions/{subscription.Id}/providers/Microsoft.Security/regulatoryComplianceStandards/{found.Name}/regulatoryComplianceControls/{control}/regulatoryComplianceAssessments/{Data.Det.Guid(0, a.Name, i)}",
            ["name"] = Data.Det.Guid(0, a.Name, i).ToString(),
            ["type"] = "Microsoft.Security/regulatoryComplianceStandards/regulatoryComplianceControls/regulatoryComplianceAssessments",
            ["properties"] = new JsonObject
            {
                ["description"] = a.Name,
                ["assessmentType"] = "Assessment",
                ["assessmentDetailsLink"] = $"https://portal.azure.com/#blade/Microsoft_Azure_Security/RecommendationsBlade/assessmentKey/{Data.Det.Guid(0, a.Name, i)}",
                ["state"] = a.State,
                ["passedResources"] = a.Passed, ["failedResources"] = a.Failed, ["skippedResources"] = a.Skipped, ["unsupportedResources"] = 0,
            },
        })]);
        return Json(new JsonObject { ["value"] = value });
    }

    private static IResult SecureScores(string subscriptionId, HttpContext context)
    {
        if (ApiVersion(context, "2020-01-01") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/secureScores/read", out var subscription) is { } denied) return denied;
        var (current, max) = SandboxCaller.From(context).Tenant.Data.SecureScore(subscription!.Id);
        JsonObject Initiative(string name, string displayName, double score, int outOf) => new()
        {
            ["id"] = $"/subscriptions/{subscription.Id}/providers/Microsoft.Security/secureScores/{name}",
            ["name"] = name,
            ["type"] = "Microsoft.Security/secureScores",
            ["properties"] = new JsonObject
            {
                ["displayName"] = displayName,
                ["score"] = new JsonObject { ["max"] = outOf, ["current"] = score, ["percentage"] = Math.Round(score / outOf, 4) },
                ["weight"] = 100,
            },
        };
        // One item per initiative, as Microsoft lists them: the default (ascScore) and a custom one.
        return Json(new JsonObject
        {
            ["value"] = new JsonArray(
                Initiative("ascScore", "ASC score", current, max),
                Initiative(Data.Det.Guid(0, "initiative:" + subscription.Id, 0).ToString(), "Contoso baseline initiative", Math.Round(current / 3, 2), 20)),
        });
    }

    private static IResult AssessmentMetadata(string subscriptionId, HttpContext context)
    {
        if (ApiVersion(context, "2021-06-01") is { } bad) return bad;
        if (Subscription(context, subscriptionId, "Microsoft.Security/assessmentMetadata/read", out var subscription) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        return Json(new JsonObject { ["value"] = new JsonArray([.. data.AssessmentMetadata(subscription!.Id).Select(m => (JsonNode?)m)]) });
    }

    internal static string ControlName(int index) => $"{1 + index / 3}.{1 + index % 3}";

    internal static (string State, int Passed, int Failed, int Skipped) ControlCounts(Data.TenantData data, Guid subscription, string standard, int control)
    {
        var assessments = data.ComplianceAssessments(subscription, standard, control);
        var passed = assessments.Count(a => a.State == "Passed");
        var failed = assessments.Count(a => a.State == "Failed");
        var skipped = assessments.Count(a => a.State == "Skipped");
        return (Data.TenantData.ControlState(passed, failed), passed, failed, skipped);
    }

    /// <summary>The subscription when the app holds a role on it; 404 for an unknown one, 403 AuthorizationFailed without a role.</summary>
    private static IResult? Subscription(HttpContext context, string subscriptionId, string action, out SandboxSubscription? subscription)
    {
        var caller = SandboxCaller.From(context);
        subscription = Guid.TryParse(subscriptionId, out var id) ? caller.Tenant.Subscriptions.FirstOrDefault(s => s.Id == id) : null;
        if (subscription is null) return ApiErrors.Arm(context, 404, "SubscriptionNotFound", $"The subscription '{subscriptionId}' could not be found.");
        if (subscription.Readable) return null;
        return ApiErrors.Arm(context, 403, "AuthorizationFailed",
            $"The client '{caller.Token.AppId}' with object id '{caller.Tenant.ServicePrincipalId}' does not have authorization to perform action '{action}' over scope '/subscriptions/{subscription.Id}' or the scope is invalid. If access was recently granted, please refresh your credentials.");
    }

    private static IResult? ApiVersion(HttpContext context, params string[] supported)
    {
        var version = context.Request.Query["api-version"].ToString();
        if (string.IsNullOrEmpty(version))
        {
            return ApiErrors.Arm(context, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }
        return supported.Contains(version, StringComparer.OrdinalIgnoreCase)
            ? null
            : ApiErrors.Arm(context, 400, "InvalidApiVersionParameter", $"The api-version '{version}' is invalid. The supported versions are '{string.Join(",", supported)}'.");
    }

    private static IResult Json(JsonObject body) => Results.Content(body.ToJsonString(), "application/json; charset=utf-8");
}
