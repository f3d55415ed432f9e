using Microsoft.AspNetCore.DataProtection;

namespace HomeBase.Core.Platform.Security;

/// <summary>
/// Encrypts integration secrets at rest with ASP.NET Core Data Protection. The key ring lives in the
/// database, so every app instance on the same database can read what another wrote.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    // The purpose string isolates these payloads from any other use of Data Protection.
    private readonly IDataProtector protector = provider.CreateProtector("HomeBase.Integrations.ClientSecret.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
