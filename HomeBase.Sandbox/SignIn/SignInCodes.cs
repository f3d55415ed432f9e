using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HomeBase.Sandbox.SignIn;

/// <summary>Authorization codes: single use, valid ten minutes, as Entra's are.</summary>
internal sealed class SignInCodes(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PendingSignIn> pending = new();

    public string Issue(PendingSignIn signIn)
    {
        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        pending[code] = signIn with { ExpiresAt = time.GetUtcNow().AddMinutes(10) };
        return code;
    }

    public PendingSignIn? Redeem(string code) =>
        pending.TryRemove(code, out var signIn) && signIn.ExpiresAt > time.GetUtcNow() ? signIn : null;
}
