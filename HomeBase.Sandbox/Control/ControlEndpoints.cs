using System.Security.Cryptography;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.Control;

/// <summary>
/// <c>/_sandbox/…</c>, for tests and demos only: change a sandbox tenant at run time (permissions, consent,
/// licences, subscriptions, secrets, users), switch faults and throttling limits, and read ground truth.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControl(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_sandbox").DisableAntiforgery();
        control.MapGet("/tenants", (SandboxDirectory d, SandboxServer s) => Results.Json(d.Tenants.Select(t => Describe(t, s))));
        control.MapGet("/tenants/{name}", (string name, SandboxDirectory d, SandboxServer s) => With(d, name, t => Results.Json(Describe(t, s))));
        control.MapGet("/tenants/{name}/secrets/usage", (string name, SandboxDirectory d) => With(d, name, t =>
            Results.Json(t.Secrets.Select(x => new { key_id = x.KeyId, hint = x.Hint, tokens_issued = t.TokensIssued.GetValueOrDefault(x.KeyId) }))));
        control.MapPut("/tenants/{name}/consent", (string name, ConsentBody body, SandboxDirectory d) => With(d, name, t =>
        {
            if (body.Consented) t.GrantConsent(); else t.RevokeConsent();
            return Results.NoContent();
        }));
        control.MapPut("/tenants/{name}/permissions/{resource}/{permission}", (string name, string resource, string permission, PermissionBody? body, SandboxDirectory d) =>
            With(d, name, t => Kind(resource) is { } kind ? Done(() => t.AddPermission(kind, permission, body?.Consented ?? true)) : UnknownResource(resource)));
        control.MapDelete("/tenants/{name}/permissions/{resource}/{permission}", (string name, string resource, string permission, SandboxDirectory d) =>
            With(d, name, t => Kind(resource) is { } kind ? Done(() => t.RemovePermission(kind, permission)) : UnknownResource(resource)));
        control.MapPut("/tenants/{name}/licences", (string name, string[] skus, SandboxDirectory d) => With(d, name, t => Done(() => t.SetLicences(skus))));
        control.MapPut("/tenants/{name}/subscriptions/{id:guid}/roles", (string name, Guid id, string[] roles, SandboxDirectory d) =>
            With(d, name, t => t.Subscriptions.Any(s => s.Id == id) ? Done(() => t.SetSubscriptionRoles(id, roles)) : Results.NotFound()));
        control.MapPost("/tenants/{name}/secrets", (string name, SecretBody body, SandboxDirectory d, TimeProvider time) => With(d, name, t =>
        {
            var now = time.GetUtcNow();
            var value = body.Value ?? $"Sbx8Q~{t.Name}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
            var secret = t.AddSecret(value, now, now.AddDays(body.ExpiresInDays ?? 730), Guid.NewGuid());
            return Results.Json(new { key_id = secret.KeyId, value = secret.Value, hint = secret.Hint, end_date_time = secret.EndDateTime });
        }));
        control.MapPost("/tenants/{name}/secrets/{keyId:guid}/expire", (string name, Guid keyId, SandboxDirectory d, TimeProvider time) =>
            With(d, name, t => t.ExpireSecret(keyId, time.GetUtcNow()) ? Results.NoContent() : Results.NotFound()));
        control.MapDelete("/tenants/{name}/secrets/{keyId:guid}", (string name, Guid keyId, SandboxDirectory d) =>
            With(d, name, t => t.RemoveSecret(keyId) ? Results.NoContent() : Results.NotFound()));
        control.MapPost("/tenants/{name}/users", (string name, UserBody body, SandboxDirectory d, TimeProvider time) => With(d, name, t =>
        {
            try
            {
                return Results.Json(new { id = t.Data.ChangeUser(body.Action, body.Id, time.GetUtcNow()) });
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                return Results.BadRequest(new { error = e.Message });
            }
        }));
        control.MapPut("/tenants/{name}/machines", (string name, MachinesBody body, SandboxDirectory d) => With(d, name, t => Done(() => t.Data.MachineCount = body.Count)));
        control.MapGet("/tenants/{name}/requests", (string name, string? family, SandboxDirectory d, RequestLog log) => With(d, name, t =>
            Results.Json(log.For(t.Name, family).Select(r => new { at = r.At, family = r.Family, path = r.PathAndQuery, throttled = r.Throttled }))));
        control.MapGet("/tenants/{name}/ground-truth", (string name, DateTimeOffset? from, DateTimeOffset? to, SandboxDirectory d, TimeProvider time) =>
            With(d, name, t => Results.Content(GroundTruth.For(t, from, to ?? time.GetUtcNow(), time.GetUtcNow()).ToJsonString(), "application/json")));

        control.MapPost("/faults", (FaultBody body, Faults faults) =>
        {
            try
            {
                return Results.Json(faults.Add(body.Kind, body.Tenant, body.Path, body.Count, body.DelayMs ?? 0, body.RetryAfterSeconds ?? 1,
                    body.Response is { ValueKind: System.Text.Json.JsonValueKind.Object } response ? response.GetRawText() : null));
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { error = e.Message });
            }
        });
        control.MapGet("/faults", (Faults faults) => Results.Json(faults.Rules));
        control.MapDelete("/faults", (Faults faults) => Done(faults.Clear));
        control.MapGet("/throttling", (Throttling throttling) => Results.Json(throttling.Limits));
        control.MapPut("/throttling/{family}", (string family, ThrottleBody body, Throttling throttling) =>
        {
            if (!throttling.Limits.TryGetValue(family, out var current)) return Results.NotFound(new { error = $"Unknown family '{family}'." });
            throttling.Set(family, current with
            {
                Limit = body.Limit ?? current.Limit,
                Window = body.WindowSeconds is { } w ? TimeSpan.FromSeconds(w) : current.Window,
                RefillPerSecond = body.RefillPerSecond ?? current.RefillPerSecond,
            });
            return Results.NoContent();
        });
        control.MapDelete("/throttling", (Throttling throttling) => Done(throttling.Reset));
    }

    public static object Describe(SandboxTenant t, SandboxServer server) => new
    {
        name = t.Name,
        description = t.Description,
        azure_tenant_id = t.TenantId,
        domain = t.Domain,
        client_id = t.ClientId,
        client_secret = t.Secrets.FirstOrDefault()?.Value,
        secrets = t.Secrets.Select(s => new { key_id = s.KeyId, hint = s.Hint, value = s.Value, end_date_time = s.EndDateTime }),
        licences = t.Licences.Order(),
        subscriptions = t.Subscriptions.Select(s => new { id = s.Id, name = s.Name, roles = s.Roles }),
        permissions = Enum.GetValues<ResourceKind>().ToDictionary(k => k.ToString(), k => new { configured = t.ConfiguredPermissions(k), granted = t.GrantedRoles(k) }),
        token_endpoint = $"{server.BaseUrl}/{t.TenantId}/oauth2/v2.0/token",
        admin_consent_url = $"{server.BaseUrl}/{t.TenantId}/adminconsent?client_id={t.ClientId}",
    };

    private static IResult With(SandboxDirectory directory, string name, Func<SandboxTenant, IResult> action) =>
        directory.ByName(name) is { } tenant ? action(tenant) : Results.NotFound(new { error = $"No sandbox tenant '{name}'." });

    private static IResult Done(Action action)
    {
        action();
        return Results.NoContent();
    }

    private static ResourceKind? Kind(string resource) => resource.ToLowerInvariant() switch
    {
        "graph" => ResourceKind.Graph,
        "defender" or "mde" or "windowsdefenderatp" => ResourceKind.Defender,
        _ => null,
    };

    private static IResult UnknownResource(string resource) => Results.BadRequest(new { error = $"Unknown resource '{resource}': use graph or defender." });

    internal sealed record ConsentBody(bool Consented);

    internal sealed record PermissionBody(bool? Consented);

    internal sealed record SecretBody(string? Value, int? ExpiresInDays);

    internal sealed record UserBody(string Action, Guid? Id);

    internal sealed record MachinesBody(int Count);

    internal sealed record FaultBody(string Kind, string? Tenant, string? Path, int? Count, int? DelayMs, int? RetryAfterSeconds,
        System.Text.Json.JsonElement? Response);

    internal sealed record ThrottleBody(int? Limit, double? WindowSeconds, double? RefillPerSecond);
}
