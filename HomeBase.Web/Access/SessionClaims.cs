using System.Globalization;
using System.Security.Claims;

namespace HomeBase.Web.Access;

/// <summary>
/// The moment a session signed in, carried in its cookie: an owner's "End sessions" for one tenant refuses sessions
/// that signed in before it, there only.
/// </summary>
public static class SessionClaims
{
    public const string SignedInAt = "homebase:signed_in_at";

    /// <summary>When the session signed in; a session without the claim counts as signed in at the beginning of time.</summary>
    public static DateTime SignedInAtOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime
            : DateTime.MinValue;

    public static Claim For(DateTimeOffset now) =>
        new(SignedInAt, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);
}
