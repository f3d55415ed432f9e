using HomeBase.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Graph;

/// <summary>Sign-ins, directory audits, Identity Protection and Conditional Access policies.</summary>
internal static class GraphReportsEndpoints
{
    // Sign-ins: AuditLog.Read.All (least) or Directory.Read.All (higher). Directory audits: AuditLog.Read.All and
    // Directory.Read.All, both (Microsoft Graph's permission tables for signIn and directoryAudit list).
    private static readonly string[] SignInRoles = ["AuditLog.Read.All", "Directory.Read.All"];

    public static void MapGraphReports(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{GraphLists.Version}/auditLogs/signIns", SignIns);
        app.MapGet($"{GraphLists.Version}/auditLogs/directoryAudits", DirectoryAudits);
        app.MapGet($"{GraphLists.Version}/identityProtection/riskyUsers", RiskyUsers);
        app.MapGet($"{GraphLists.Version}/identityProtection/riskDetections", RiskDetections);
        app.MapGet($"{GraphLists.Version}/identity/conditionalAccess/policies", ConditionalAccessPolicies);
    }

    private static IResult SignIns(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, SignInRoles) is { } denied) return denied;
        if (!caller.Tenant.HasEntraP1) return GraphAccess.PremiumRequiredForSignIns(context);
        var query = ODataQuery.From(context.Request);
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, "createdDateTime");
        if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);

        var data = caller.Tenant.Data;
        var withCa = caller.HasRole("Policy.Read.All", "Policy.Read.ConditionalAccess", "Policy.ReadWrite.ConditionalAccess");
        var fullRisk = caller.Tenant.HasEntraP2;
        return lists.TimeOrdered(context, "signIns", "auditLogs/signIns", data.SignIns, query, (from, to), 1000, 1000,
            i => data.SignIn(i, withCa, fullRisk), write: (w, i) => data.WriteSignIn(w, i, withCa, fullRisk));
    }

    private static IResult DirectoryAudits(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if ((GraphAccess.Require(context, "AuditLog.Read.All") ?? GraphAccess.Require(context, "Directory.Read.All")) is { } denied) return denied;
        var query = ODataQuery.From(context.Request);
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, "activityDateTime");
        if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);
        var data = caller.Tenant.Data;
        return lists.TimeOrdered(context, "directoryAudits", "auditLogs/directoryAudits", data.DirectoryAudits, query, (from, to), 1000, 1000,
            data.DirectoryAudit);
    }

    private static IResult RiskyUsers(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, "IdentityRiskyUser.Read.All", "IdentityRiskyUser.ReadWrite.All") is { } denied) return denied;
        if (!caller.Tenant.HasEntraP2) return GraphAccess.NotLicensed(context, "Microsoft Entra ID P2");
        var query = ODataQuery.From(context.Request);
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, "riskLastUpdatedDateTime");
        if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);
        var data = caller.Tenant.Data;
        var users = data.RiskyUserIndexes()
            .Where(i => (from is null || data.RiskyUserUpdated(i) >= from) && (to is null || data.RiskyUserUpdated(i) <= to))
            .OrderByDescending(data.RiskyUserUpdated)
            .Select(i => data.RiskyUser(i, fullDetail: true))
            .ToList();
        return lists.Positional(context, "riskyUsers", "identityProtection/riskyUsers", users, query, defaultTop: 20, maxTop: 500);
    }

    private static IResult RiskDetections(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, "IdentityRiskEvent.Read.All", "IdentityRiskEvent.ReadWrite.All") is { } denied) return denied;
        if (!caller.Tenant.HasEntraP1) return GraphAccess.NotLicensed(context, "Microsoft Entra ID P1 or P2");
        var query = ODataQuery.From(context.Request);
        var (from, to, error) = ODataQuery.TimeRange(query.Filter, "lastUpdatedDateTime", "detectedDateTime");
        if (error is not null) return ApiErrors.Graph(context, 400, "BadRequest", error);
        var data = caller.Tenant.Data;
        var full = caller.Tenant.HasEntraP2;
        return lists.TimeOrdered(context, "riskDetections", "identityProtection/riskDetections", data.RiskDetections, query, (from, to), 20, 500,
            i => data.RiskDetection(i, full));
    }

    private static IResult ConditionalAccessPolicies(HttpContext context, GraphLists lists)
    {
        var caller = SandboxCaller.From(context);
        if (GraphAccess.Require(context, "Policy.Read.All", "Policy.Read.ConditionalAccess", "Policy.ReadWrite.ConditionalAccess") is { } denied) return denied;
        if (!caller.Tenant.HasEntraP1) return GraphAccess.NotLicensed(context, "Microsoft Entra ID P1");
        return lists.Positional(context, "caPolicies", "identity/conditionalAccess/policies",
            [.. caller.Tenant.Data.ConditionalAccessPolicies()], ODataQuery.From(context.Request), defaultTop: 100, maxTop: 999);
    }
}
