using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Http;

namespace HomeBase.Sandbox.Http;

/// <summary>The tenant and token of a request to Graph, Defender for Endpoint or ARM, once the gate let it through.</summary>
public sealed record SandboxCaller(SandboxTenant Tenant, AccessToken Token, ResourceKind Resource)
{
    public bool HasRole(params string[] roles) => roles.Any(r => Token.Roles.Contains(r, StringComparer.Ordinal));

    public static SandboxCaller From(HttpContext context) =>
        context.Items[nameof(SandboxCaller)] as SandboxCaller ?? throw new InvalidOperationException("The request did not pass the resource gate.");
}
