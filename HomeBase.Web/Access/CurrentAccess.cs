using System.Security.Claims;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace HomeBase.Web.Access;

/// <summary>Works out who is acting in which tenant with which role, from the sign-in and the chosen tenant.</summary>
public sealed class CurrentAccess(AuthenticationStateProvider authentication, AccountService accounts)
{
    public const string TenantCookie = "HomeBase.Tenant";

    // Identity's claim for the account's security stamp at sign-in; HomeBase keeps Identity's default name.
    private static readonly string SecurityStampClaim = new Microsoft.AspNetCore.Identity.ClaimsIdentityOptions().SecurityStampClaimType;

    public async Task<AccessContext> ResolveAsync(SessionInfo? session) =>
        await ResolveAsync((await authentication.GetAuthenticationStateAsync()).User, session, accounts);

    /// <summary>The same for a request outside a circuit (an endpoint such as the CSV export).</summary>
    public static async Task<AccessContext> ResolveAsync(ClaimsPrincipal user, SessionInfo? session, AccountService accounts, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return new AccessContext([], null);

        var signedInAt = SessionClaims.SignedInAtOf(user);
        var memberships = await accounts.MembershipsAsync(userId, signedInAt, cancellationToken);
        var current = memberships.FirstOrDefault(m => m.TenantId == session?.SelectedTenantId) ?? memberships.FirstOrDefault();
        return new AccessContext(memberships, current is null ? null
            : new TenantAccess(userId, user.Identity?.Name ?? userId, current.TenantId, current.TenantName, current.Role, session?.ClientAddress,
                user.FindFirstValue(SecurityStampClaim), signedInAt));
    }
}
