using System.Text.Json.Nodes;
using HomeBase.Sandbox.Data;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Graph;

/// <summary>Organization, licences, users, groups (with delta) and the app registration's own secrets.</summary>
internal static class GraphDirectoryEndpoints
{
    private const int DeltaPageSize = 100;
    private static readonly TimeSpan DeltaTokenLife = TimeSpan.FromDays(7);
    private static readonly string[] UserRoles = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] DirectoryRoles = ["Directory.Read.All", "Directory.ReadWrite.All"];

    public static void MapGraphDirectory(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{GraphLists.Version}/organization", Organization);
        app.MapGet($"{GraphLists.Version}/subscribedSkus", SubscribedSkus);
        app.MapGet($"{GraphLists.Version}/users", Users);
        app.MapGet($"{GraphLists.Version}/users/delta", UsersDelta);
        app.MapGet($"{GraphLists.Version}/groups/delta", GroupsDelta);
        app.MapGet($"{GraphLists.Version}/applications(appId='{{appId}}')", Application);
    }

    private static IResult Organization(HttpContext context)
    {
        if (GraphAccess.Require(context, [.. DirectoryRoles, "Organization.Read.All"]) is { } denied) return denied;
        var tenant = SandboxCaller.From(context).Tenant;
        var organization = new JsonObject
        {
            ["id"] = tenant.TenantId.ToString(),
            ["displayName"] = tenant.DisplayName,
            ["tenantType"] = "AAD",
            ["countryLetterCode"] = "US",
            ["verifiedDomains"] = new JsonArray(new JsonObject
            {
                ["name"] = tenant.Domain, ["isDefault"] = true, ["isInitial"] = true, ["type"] = "Managed", ["capabilities"] = "Email, OfficeCommunicationsOnline",
            }),
        };
        return GraphLists.Envelope(context, "organization", [organization], null);
    }

    private static IResult SubscribedSkus(HttpContext context)
    {
        if (GraphAccess.Require(context, [.. DirectoryRoles, "Organization.Read.All"]) is { } denied) return denied;
        var tenant = SandboxCaller.From(context).Tenant;
        var skus = new JsonArray([.. tenant.Licences.Order().Select(sku => (JsonNode?)new JsonObject
        {
            ["accountId"] = tenant.TenantId.ToString(),
            ["id"] = $"{tenant.TenantId}_{Skus.SkuIds.GetValueOrDefault(sku)}",
            ["skuId"] = Skus.SkuIds.GetValueOrDefault(sku).ToString(),
            ["skuPartNumber"] = sku,
            ["appliesTo"] = "User",
            ["capabilityStatus"] = "Enabled",
            ["consumedUnits"] = tenant.Data.BaseUserCount,
            ["prepaidUnits"] = new JsonObject { ["enabled"] = tenant.Data.BaseUserCount + 50, ["suspended"] = 0, ["warning"] = 0, ["lockedOut"] = 0 },
            ["servicePlans"] = new JsonArray([.. Skus.ServicePlans.GetValueOrDefault(sku, []).Select(plan => (JsonNode?)new JsonObject
            {
                ["servicePlanId"] = plan.Id.ToString(), ["servicePlanName"] = plan.Name, ["provisioningStatus"] = "Success", ["appliesTo"] = "User",
            })]),
        })]);
        return GraphLists.Envelope(context, "subscribedSkus", skus, null);
    }

    private static IResult Users(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, UserRoles) is { } denied) return denied;
        var caller = SandboxCaller.From(context);
        var data = caller.Tenant.Data;
        var now = lists.Now;
        var query = ODataQuery.From(context.Request);
        // signInActivity comes only when selected, needs AuditLog.Read.All and P1, and caps pages at 120 users.
        var withActivity = lists.SelectOf(query)?.Split(',').Contains("signInActivity", StringComparer.OrdinalIgnoreCase) == true;
        if (!withActivity)
        {
            return lists.Positional(context, "users", "users", data.UserIndexes(now).Project(i => data.User(i, now)), query, defaultTop: 100, maxTop: 999);
        }
        if (GraphAccess.Require(context, "AuditLog.Read.All") is { } noAudit) return noAudit;
        if (!caller.Tenant.HasEntraP1) return GraphAccess.PremiumRequiredForSignIns(context);
        var users = data.UserIndexes(now).Project(i =>
        {
            var user = data.User(i, now);
            user["signInActivity"] = data.SignInActivity(i, now);
            return user;
        });
        return lists.Positional(context, "users", "users", users, query, defaultTop: 100, maxTop: 120);
    }

    private static IResult UsersDelta(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, UserRoles) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        return Delta(context, lists, "users", (cursor, snapshot) =>
        {
            if (cursor.Initial) return data.UserIndexes(snapshot).Project(i => data.User(i, snapshot));
            return [.. data.UserChangesSince(new DateTimeOffset(cursor.SinceTicks, TimeSpan.Zero), snapshot).Select(change => change.Deleted
                ? new JsonObject { ["id"] = data.UserId(change.UserIndex).ToString(), ["@removed"] = new JsonObject { ["reason"] = "changed" } }
                : data.User(change.UserIndex, snapshot))];
        });
    }

    private static IResult GroupsDelta(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, [.. DirectoryRoles, "Group.Read.All", "Group.ReadWrite.All"]) is { } denied) return denied;
        var data = SandboxCaller.From(context).Tenant.Data;
        return Delta(context, lists, "groups", (cursor, snapshot) =>
        {
            if (cursor.Initial)
            {
                var existing = data.UserIndexes(snapshot).ToHashSet();
                return [.. Enumerable.Range(0, data.GroupCount).Select(g =>
                {
                    var group = data.Group(g);
                    group["members@delta"] = new JsonArray([.. data.GroupMembers(g, existing).Select(m => (JsonNode?)new JsonObject
                    {
                        ["@odata.type"] = "#microsoft.graph.user", ["id"] = data.UserId(m).ToString(),
                    })]);
                    return group;
                })];
            }
            // Since the last sync only deletions change membership: report the removed members of each affected group.
            var since = new DateTimeOffset(cursor.SinceTicks, TimeSpan.Zero);
            var removed = data.UserChangesSince(since, snapshot).Where(c => c.Deleted).Select(c => c.UserIndex).ToHashSet();
            var before = data.UserIndexes(since).ToHashSet();
            return [.. Enumerable.Range(0, data.GroupCount)
                .Select(g => (Group: g, Gone: data.GroupMembers(g, before).Where(removed.Contains).ToList()))
                .Where(x => x.Gone.Count > 0)
                .Select(x => new JsonObject
                {
                    ["id"] = data.GroupId(x.Group).ToString(),
                    ["members@delta"] = new JsonArray([.. x.Gone.Select(m => (JsonNode?)new JsonObject
                    {
                        ["@odata.type"] = "#microsoft.graph.user", ["id"] = data.UserId(m).ToString(), ["@removed"] = new JsonObject { ["reason"] = "deleted" },
                    })]),
                })];
        });
    }

    /// <summary>
    /// The delta protocol: pages with <c>@odata.nextLink</c>, then one <c>@odata.deltaLink</c>; a delta link
    /// returns what changed since it was issued, and expires after 7 days with 400 syncStateNotFound.
    /// </summary>
    private static IResult Delta(HttpContext context, GraphLists lists, string kind, Func<DeltaCursor, DateTimeOffset, IReadOnlyList<JsonObject>> items)
    {
        var now = lists.Now;
        var query = context.Request.Query;
        DeltaCursor cursor;
        if (query["$deltatoken"].ToString() is { Length: > 0 } deltaToken)
        {
            if (deltaToken == "latest")
            {
                var latest = new DeltaCursor(kind, 0, now.UtcTicks, now.UtcTicks, query["$select"].ToString() is { Length: > 0 } s ? s : null, Initial: false);
                return GraphLists.Envelope(context, kind, [], null, DeltaLink(context, lists, latest));
            }
            var decoded = lists.Tokens.Unprotect<DeltaCursor>(deltaToken);
            if (decoded is null || decoded.Kind != kind) return ApiErrors.Graph(context, 400, "BadRequest", "Invalid $deltatoken.");
            if (now - new DateTimeOffset(decoded.SinceTicks, TimeSpan.Zero) > DeltaTokenLife)
            {
                return ApiErrors.Graph(context, 400, "syncStateNotFound",
                    "The sync state generation is not found. Delta tokens for directory objects are valid for 7 days; start a full synchronization.");
            }
            cursor = decoded with { Position = 0, SnapshotTicks = now.UtcTicks, Initial = false };
        }
        else if (query["$skiptoken"].ToString() is { Length: > 0 } skipToken)
        {
            var decoded = lists.Tokens.Unprotect<DeltaCursor>(skipToken);
            if (decoded is null || decoded.Kind != kind) return ApiErrors.Graph(context, 400, "BadRequest", "Invalid $skiptoken.");
            cursor = decoded;
        }
        else
        {
            cursor = new DeltaCursor(kind, 0, 0, now.UtcTicks, query["$select"].ToString() is { Length: > 0 } s ? s : null, Initial: true);
        }

        var snapshot = new DateTimeOffset(cursor.SnapshotTicks, TimeSpan.Zero);
        var all = items(cursor, snapshot);
        var page = new JsonArray([.. all.Slice((int)cursor.Position, DeltaPageSize).Select(i => (JsonNode?)GraphLists.Select(i, cursor.Select))]);
        var nextPosition = cursor.Position + DeltaPageSize;
        if (nextPosition < all.Count)
        {
            var next = $"{GraphLists.BaseUrl(context)}{GraphLists.Version}/{kind}/delta?$skiptoken={lists.Tokens.Protect(cursor with { Position = nextPosition })}";
            return GraphLists.Envelope(context, kind, page, next);
        }
        var done = cursor with { Position = 0, SinceTicks = cursor.SnapshotTicks, Initial = false };
        return GraphLists.Envelope(context, kind, page, null, DeltaLink(context, lists, done));
    }

    private static string DeltaLink(HttpContext context, GraphLists lists, DeltaCursor cursor) =>
        $"{GraphLists.BaseUrl(context)}{GraphLists.Version}/{cursor.Kind}/delta?$deltatoken={lists.Tokens.Protect(cursor)}";

    private static IResult Application(string appId, HttpContext context)
    {
        if (GraphAccess.Require(context, [.. DirectoryRoles, "Application.Read.All", "Application.ReadWrite.All"]) is { } denied) return denied;
        var tenant = SandboxCaller.From(context).Tenant;
        if (!Guid.TryParse(appId, out var id) || id != tenant.ClientId)
        {
            return ApiErrors.Graph(context, 404, "Request_ResourceNotFound", $"Resource '{appId}' does not exist or one of its queried reference-property objects are not present.");
        }
        var application = new JsonObject
        {
            ["id"] = tenant.ApplicationObjectId.ToString(),
            ["appId"] = tenant.ClientId.ToString(),
            ["displayName"] = SandboxTenant.AppDisplayName,
            ["signInAudience"] = "AzureADMyOrg",
            ["passwordCredentials"] = new JsonArray([.. tenant.Secrets.Select(s => (JsonNode?)new JsonObject
            {
                ["customKeyIdentifier"] = null,
                ["displayName"] = s.DisplayName,
                ["endDateTime"] = s.EndDateTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["hint"] = s.Hint,
                ["keyId"] = s.KeyId.ToString(),
                ["secretText"] = null,
                ["startDateTime"] = s.StartDateTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            })]),
            ["keyCredentials"] = new JsonArray(),
        };
        return Results.Content(GraphLists.Select(application, context.Request.Query["$select"].ToString() is { Length: > 0 } s ? s : null).ToJsonString(), "application/json");
    }
}
