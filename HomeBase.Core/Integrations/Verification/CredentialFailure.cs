namespace HomeBase.Core.Integrations.Verification;

/// <summary>
/// Why no token could be had, named, with the fix in plain words. <see cref="IsRefusal"/> is true when Entra
/// refused these credentials; false when it could not be asked (network) or failed otherwise.
/// </summary>
public sealed record CredentialFailure(string Code, string Cause, string Fix, string? FixUrl, int? Aadsts, string? TraceId, string? Message)
{
    public bool IsRefusal => Code is "credential_unknown_tenant" or "credential_app_not_found" or "credential_invalid_secret" or "credential_secret_expired";
}
