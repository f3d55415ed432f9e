using System.Security.Cryptography;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Access;

/// <summary>Issues the one-time tokens that prove a browser set-up comes from someone who can read the server's log.</summary>
public sealed class OwnerSetupTokens(IDbContextFactory<HomeBaseDbContext> contexts, IOptions<AdminSignInOptions> signIn, TimeProvider time)
{
    /// <summary>Stores a new token's hash and returns the token itself, which exists nowhere else.</summary>
    public async Task<(string Token, DateTime ExpiresAt)> IssueAsync(CancellationToken cancellationToken = default)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow().UtcDateTime;
        var expiresAt = now + signIn.Value.SetupTokenLifetime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Tokens of earlier starts that were never used are of no use to anyone now.
        await db.OwnerSetupTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.OwnerSetupTokens.Add(new OwnerSetupToken { Hash = Hash(token), CreatedAt = now, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return (token, expiresAt);
    }

    /// <summary>The stored form of a token: what a typed token is looked up by.</summary>
    public static string Hash(string token) =>
        Sha256Hex.Of(token.Trim().ToLowerInvariant());
}
