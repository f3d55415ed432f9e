using HomeBase.Sandbox.Data;
using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Graph;

/// <summary>
/// <c>/security/alerts_v2</c>: Defender XDR alerts, filtered by creation or last update; incidents; Microsoft Secure Score's
/// days and control profiles; Defender for Identity's sensors and health issues.
/// </summary>
internal static class GraphSecurityEndpoints
{
    public static void MapGraphSecurity(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{GraphLists.Version}/security/alerts_v2", Alerts);
        app.MapGet($"{GraphLists.Version}/security/incidents", Incidents);
        app.MapGet($"{GraphLists.Version}/security/secureScores", SecureScores);
        app.MapGet($"{GraphLists.Version}/security/secureScoreControlProfiles", SecureScoreControlProfiles);
        app.MapGet($"{GraphLists.Version}/security/identities/sensors", IdentitySensors);
        app.MapGet($"{GraphLists.Version}/security/identities/healthIssues", IdentityHealthIssues);
        app.MapGet($"{GraphLists.Version}/security/threatIntelligence/hosts/{{hostId}}/reputation", HostReputation);
    }

    // The list page's permission table (its beta version; the v1.0 include names the same): SecurityIncident.Read.All or ReadWrite.
    private static IResult Incidents(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, "SecurityIncident.Read.All", "SecurityIncident.ReadWrite.All") is { } denied) return denied;
        var query = ODataQuery.From(context.Request);
        if (context.Request.Query.ContainsKey("$expand")) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not expand incidents; read their alerts from alerts_v2.");
        DateTimeOffset? from;
        // A next link carries only its skip token: the list's name keeps the filter, so the next page is of the same list.
        if (lists.ListOf(query) is { } list && list.StartsWith("incidents@", StringComparison.Ordinal))
        {
            from = long.TryParse(list["incidents@".Length..], out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
        else
        {
            var (since, to, error) = ODataQuery.TimeRange(query.Filter, "lastUpdateDateTime");
            if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);
            if (to is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox filters incidents on lastUpdateDateTime ge only.");
            from = since;
        }
        var data = SandboxCaller.From(context).Tenant.Data;
        return lists.Positional(context, $"incidents@{from?.UtcTicks}", "security/incidents", [.. data.Incidents(from, lists.Now).Select(i => i.Json)], query,
            defaultTop: 50, maxTop: 50);
    }

    // Both Secure Score list pages name SecurityEvents.Read.All and SecurityEvents.ReadWrite.All, and no licence.
    private static IResult SecureScores(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, "SecurityEvents.Read.All", "SecurityEvents.ReadWrite.All") is { } denied) return denied;
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on secure scores.");
        var data = SandboxCaller.From(context).Tenant.Data;
        return lists.Positional(context, "secureScores", "security/secureScores", data.SecureScores(lists.Now), query, defaultTop: TenantData.SecureScoreDays, maxTop: 999);
    }

    private static IResult SecureScoreControlProfiles(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, "SecurityEvents.Read.All", "SecurityEvents.ReadWrite.All") is { } denied) return denied;
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on secure score control profiles.");
        var data = SandboxCaller.From(context).Tenant.Data;
        return lists.Positional(context, "secureScoreControlProfiles", "security/secureScoreControlProfiles", data.SecureScoreControlProfiles(), query, defaultTop: 100, maxTop: 999);
    }

    // The sensors page names SecurityIdentitiesSensors.Read.All only; the health issues page its Read and ReadWrite forms.
    private static IResult IdentitySensors(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, "SecurityIdentitiesSensors.Read.All") is { } denied) return denied;
        var caller = SandboxCaller.From(context);
        if (!caller.Tenant.HasDefenderForIdentity) return NotOnboarded(context);
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on sensors.");
        return lists.Positional(context, "identitySensors", "security/identities/sensors", caller.Tenant.Data.IdentitySensorsJson(), query, defaultTop: 100, maxTop: 999);
    }

    private static IResult IdentityHealthIssues(HttpContext context, GraphLists lists)
    {
        if (GraphAccess.Require(context, "SecurityIdentitiesHealth.Read.All", "SecurityIdentitiesHealth.ReadWrite.All") is { } denied) return denied;
        var caller = SandboxCaller.From(context);
        if (!caller.Tenant.HasDefenderForIdentity) return NotOnboarded(context);
        var query = ODataQuery.From(context.Request);
        if (query.Filter is not null) return ApiErrors.Graph(context, 400, "BadRequest", "The sandbox does not implement $filter on health issues.");
        return lists.Positional(context, "identityHealthIssues", "security/identities/healthIssues", caller.Tenant.Data.IdentityHealthIssuesJson(), query, defaultTop: 100, maxTop: 999);
    }

    // The page names ThreatIntelligence.Read.All (application). Without Defender Threat Intelligence the sandbox refuses with 403, as
    // the older pages' licence note implies; Microsoft documents neither the status nor the message.
    private static IResult HostReputation(HttpContext context, string hostId, GraphLists lists)
    {
        if (GraphAccess.Require(context, "ThreatIntelligence.Read.All") is { } denied) return denied;
        var caller = SandboxCaller.From(context);
        if (!caller.Tenant.HasDefenderThreatIntelligence) return GraphAccess.NotLicensed(context, "Microsoft Defender Threat Intelligence");
        return caller.Tenant.Data.HostReputationJson(hostId) is { } reputation
            ? Results.Content(reputation.ToJsonString(), "application/json")
            : ApiErrors.Graph(context, 404, "NotFound", $"No reputation data is available for host '{hostId}'.");
    }

    /// <summary>What Graph answers a tenant without Defender for Identity: 403 Forbidden, saying the tenant is not onboarded.</summary>
    private static IResult NotOnboarded(HttpContext context) =>
        ApiErrors.Graph(context, 403, "Forbidden", "The tenant is not onboarded to Microsoft Defender for Identity.");

    private static IResult Alerts(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, "SecurityAlert.Read.All", "SecurityAlert.ReadWrite.All") is { } denied) return denied;
        var query = ODataQuery.From(context.Request);
        var byUpdate = query.Filter?.Contains("lastUpdateDateTime", StringComparison.Ordinal) == true;
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, byUpdate ? "lastUpdateDateTime" : "createdDateTime");
        if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);

        var tenant = caller.Tenant;
        var data = tenant.Data;
        var now = lists.Now;
        // Microsoft sends enum members added after unknownFutureValue only to a caller that asks for them.
        var evolvable = context.Request.Headers["Prefer"].Any(p => p?.Contains("include-unknown-enum-members", StringComparison.OrdinalIgnoreCase) == true);
        return lists.TimeOrdered(context, byUpdate ? "alertsByUpdate" : "alerts", "security/alerts_v2", data.Alerts, query, (from, to), 100, 2000,
            i =>
            {
                if (!AlertVisible(tenant, i)) return null;
                if (byUpdate)
                {
                    var updated = data.AlertState(i, now).LastUpdate;
                    if ((from is not null && updated < from) || (to is not null && updated > to)) return null;
                }
                return data.GraphAlert(i, now, evolvable);
            },
            lookBack: byUpdate ? TenantData.AlertUpdateHorizon : TimeSpan.Zero);
    }

    /// <summary>Alerts come only from products the tenant has: no Defender for Endpoint (or Identity) licence, none of its alerts.</summary>
    internal static bool AlertVisible(Tenants.SandboxTenant tenant, long index) => tenant.Data.AlertLicensed(index);
}
