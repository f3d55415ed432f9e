using System.Security.Claims;
using HomeBase.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access;

/// <summary>
/// Identity's claims for a signed-in account, plus the moment of signing in (<see cref="SessionClaims.SignedInAt"/>).
/// The security stamp validator rebuilds the principal every interval; AccessHosting copies the original moment over
/// so that revalidation never makes an old session look new.
/// </summary>
public sealed class HomeBaseClaimsPrincipalFactory(UserManager<HomeBaseUser> users, IOptions<IdentityOptions> options, TimeProvider time)
    : UserClaimsPrincipalFactory<HomeBaseUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HomeBaseUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(SessionClaims.For(time.GetUtcNow()));
        return identity;
    }
}
