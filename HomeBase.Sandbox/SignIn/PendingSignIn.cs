using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using HomeBase.Sandbox.Http;
using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tenants;
using HomeBase.Sandbox.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HomeBase.Sandbox.SignIn;

/// <summary>A signed-in person waiting for the app to redeem their authorization code.</summary>
internal sealed record PendingSignIn(SandboxTenant Tenant, ScenarioPerson Person, string ClientId, string RedirectUri, string? Nonce, string? CodeChallenge)
{
    public DateTimeOffset ExpiresAt { get; init; }
}
