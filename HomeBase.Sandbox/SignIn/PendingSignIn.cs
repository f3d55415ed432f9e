using HomeBase.Sandbox.Scenarios;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Sandbox.SignIn;

/// <summary>A signed-in person waiting for the app to redeem their authorization code.</summary>
internal sealed record PendingSignIn(SandboxTenant Tenant, ScenarioPerson Person, string ClientId, string RedirectUri, string? Nonce, string? CodeChallenge)
{
    public DateTimeOffset ExpiresAt { get; init; }
}
