using System.Security.Claims;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access;

/// <summary>
/// The sign-in of a live circuit, checked against its account every <see cref="AdminSignInOptions.SessionRevalidationInterval"/>
/// (as in the ASP.NET Core Identity Blazor template). Cookies are only checked on HTTP requests, and an open interactive
/// page makes none: without this, "sign out everywhere", "End sessions" and a deleted account would not reach open tabs.
/// </summary>
public sealed class RevalidatingSessionStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<AdminSignInOptions> signIn)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => signIn.Value.CircuitRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HomeBaseUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var sessionStamp = authenticationState.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return sessionStamp == await users.GetSecurityStampAsync(user);
    }
}
