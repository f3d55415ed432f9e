using System.Text;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>
/// In front of every resource API: checks the bearer token and its audience, applies the family's
/// throttling limit, then any injected fault — in that order, as the real services do.
/// </summary>
public sealed class ResourceGate(RequestDelegate next, JwtIssuer issuer, SandboxDirectory directory, SandboxResources resources,
    Throttling throttling, Faults faults, RequestLog log, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var kind = path.StartsWith("/graph/", StringComparison.OrdinalIgnoreCase) ? ResourceKind.Graph
            : path.StartsWith("/mde/", StringComparison.OrdinalIgnoreCase) ? ResourceKind.Defender
            : path.StartsWith("/arm/", StringComparison.OrdinalIgnoreCase) ? ResourceKind.ResourceManager
            : (ResourceKind?)null;
        if (kind is null)
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? issuer.Validate(header[7..].Trim()) : null;
        if (token is null)
        {
            await Error(context, kind.Value, 401, "InvalidAuthenticationToken",
                string.IsNullOrEmpty(header) ? "Access token is empty." : "Access token validation failure. The token is invalid or expired.");
            return;
        }
        var resource = resources.Get(kind.Value);
        if (!resource.Identifiers.Any(i => string.Equals(i.TrimEnd('/'), token.Audience.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            await Error(context, kind.Value, 401, "InvalidAuthenticationToken", $"Access token validation failure. Invalid audience '{token.Audience}'.");
            return;
        }
        var tenant = directory.ById(token.TenantId);
        if (tenant is null)
        {
            await Error(context, kind.Value, 401, "InvalidAuthenticationToken", "The token's tenant does not exist.");
            return;
        }

        var family = Family(kind.Value, path);
        var wait = throttling.TryAcquire(family, tenant.TenantId, token.AppId);
        log.Add(new LoggedRequest(time.GetUtcNow(), tenant.Name, family, path + context.Request.QueryString, Throttled: wait is not null));
        if (wait is not null)
        {
            if (throttling.Limits[family].SendsRetryAfter)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await Error(context, kind.Value, 429, "TooManyRequests", "Too many requests. Please retry after the period given in Retry-After, or back off.");
            return;
        }

        if (kind == ResourceKind.Defender && !ServeRegionalHost(context, path))
        {
            await Error(context, kind.Value, 404, "ResourceNotFound", "No such Defender for Endpoint regional host.");
            return;
        }

        context.Items[nameof(SandboxCaller)] = new SandboxCaller(tenant, token, kind.Value);
        var pathAndQuery = path + context.Request.QueryString;
        var fault = faults.Take(tenant.Name, pathAndQuery,
            rule => rule.Kind != FaultKinds.ExpiredDeltaToken || context.Request.Query.ContainsKey("$deltatoken"));
        if (fault is null)
        {
            await next(context);
            return;
        }
        await ApplyFaultAsync(context, kind.Value, fault);
    }

    private async Task ApplyFaultAsync(HttpContext context, ResourceKind kind, FaultRule fault)
    {
        switch (fault.Kind)
        {
            case FaultKinds.Throttle:
                context.Response.Headers.RetryAfter = Math.Max(1, fault.RetryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Error(context, kind, 429, "TooManyRequests", "Too many requests (injected).");
                break;
            case FaultKinds.ThrottleWithoutRetryAfter:
                await Error(context, kind, 429, "TooManyRequests", "Too many requests (injected, no Retry-After).");
                break;
            case FaultKinds.ServerError:
                await Error(context, kind, 500, "InternalServerError", "An internal server error occurred (injected).");
                break;
            case FaultKinds.Unavailable:
                context.Response.Headers.RetryAfter = "1";
                await Error(context, kind, 503, "ServiceUnavailable", "The service is temporarily unavailable (injected).");
                break;
            case FaultKinds.ExpiredDeltaToken:
                await Error(context, kind, 400, "syncStateNotFound",
                    "The sync state generation is not found. Delta tokens are valid for 7 days; start a full synchronization.");
                break;
            case FaultKinds.Forbidden:
                await Error(context, kind, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
                break;
            case FaultKinds.Slow:
                await Task.Delay(fault.DelayMilliseconds, context.RequestAborted);
                await next(context);
                break;
            case FaultKinds.Replay:
                var replayed = Encoding.UTF8.GetBytes(fault.Body!);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.ContentLength = replayed.Length;
                await context.Response.Body.WriteAsync(replayed, context.RequestAborted);
                break;
            case FaultKinds.Truncated or FaultKinds.Malformed:
                await WriteDamagedAsync(context, fault.Kind);
                break;
            case FaultKinds.Oversized:
                await WriteEndlessPageAsync(context);
                break;
            case FaultKinds.Stalled:
                await WriteStalledAsync(context, fault.DelayMilliseconds);
                break;
        }
    }

    /// <summary>A page of padding records written until the client hangs up (or 4 GiB), never buffered here either.</summary>
    private static async Task WriteEndlessPageAsync(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        var records = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 512).Select(i => $"{{\"id\":\"padding-{i:D5}\",\"displayName\":\"{new string('x', 100)}\"}},")));
        try
        {
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"value\":["), context.RequestAborted);
            for (long written = 0; written < 4L * 1024 * 1024 * 1024 && !context.RequestAborted.IsCancellationRequested; written += records.Length)
            {
                await context.Response.Body.WriteAsync(records, context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client stopped reading, as it should.
        }
    }

    /// <summary>Runs the real handler, sends the first bytes of its answer at once and the rest after <paramref name="delayMilliseconds"/>.</summary>
    private async Task WriteStalledAsync(HttpContext context, int delayMilliseconds)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        var body = buffer.ToArray();
        var head = Math.Min(16, body.Length);
        try
        {
            await original.WriteAsync(body.AsMemory(0, head), context.RequestAborted);
            await original.FlushAsync(context.RequestAborted);
            await Task.Delay(delayMilliseconds, context.RequestAborted);
            await original.WriteAsync(body.AsMemory(head), context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client gave up waiting, as it should.
        }
    }

    /// <summary>Runs the real handler, then sends half its body (truncated) or a broken JSON page (malformed).</summary>
    private async Task WriteDamagedAsync(HttpContext context, string kind)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        var body = buffer.ToArray();
        var damaged = kind == FaultKinds.Truncated
            ? body[..(body.Length / 2)]
            : Encoding.UTF8.GetBytes("{\"@odata.context\":\"$metadata#users\",\"value\":[{\"id\":\"0\",\"displayName\":\"unterminated");
        context.Response.ContentLength = damaged.Length;
        await original.WriteAsync(damaged);
    }

    /// <summary>
    /// <c>/mde/regions/{region}/api/…</c> stands for Microsoft's regional host <c>{region}.api.security.microsoft.com</c>:
    /// the request log keeps the path called, and the one Defender API answers it. False for a region Microsoft has not.
    /// </summary>
    private static bool ServeRegionalHost(HttpContext context, string path)
    {
        const string prefix = "/mde/regions/";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        var rest = path[prefix.Length..];
        var slash = rest.IndexOf('/');
        var region = slash < 0 ? rest : rest[..slash];
        if (!RegionalHosts.Contains(region, StringComparer.OrdinalIgnoreCase)) return false;
        context.Request.Path = "/mde" + (slash < 0 ? "/" : rest[slash..]);
        return true;
    }

    /// <summary>The regional hosts Defender for Endpoint documents (defender-docs includes/improve-request-performance.md).</summary>
    private static readonly string[] RegionalHosts = ["us", "eu", "uk", "au", "swa"];

    private static string Family(ResourceKind kind, string path) => kind switch
    {
        ResourceKind.Graph when path.Contains("/auditLogs/", StringComparison.OrdinalIgnoreCase) => "graph_reports",
        ResourceKind.Graph when path.Contains("/identityProtection/", StringComparison.OrdinalIgnoreCase)
            || path.Contains("/conditionalAccess/", StringComparison.OrdinalIgnoreCase) => "graph_identity_protection",
        ResourceKind.Graph when path.Contains("/security/", StringComparison.OrdinalIgnoreCase) => "graph_security",
        ResourceKind.Graph => "graph_directory",
        ResourceKind.Defender when path.Contains("SoftwareVulnerabilities", StringComparison.OrdinalIgnoreCase) => "mde_vulnerability_export",
        ResourceKind.Defender => "mde",
        _ => "arm_reads",
    };

    private static Task Error(HttpContext context, ResourceKind kind, int status, string code, string message) => (kind switch
    {
        ResourceKind.Graph => ApiErrors.Graph(context, status, code, message),
        ResourceKind.Defender => ApiErrors.Defender(context, status, code, message),
        _ => ApiErrors.Arm(context, status, code, message),
    }).ExecuteAsync(context);
}
