namespace HomeBase.Core.ApiKeys;

/// <summary>Whether a key works now, and if not, why: what the Settings page and the 401 say.</summary>
public enum ApiKeyState
{
    Active,

    /// <summary>The person who created it is no longer an owner of the tenant: an owner may take it over.</summary>
    Suspended,

    Expired,

    Revoked,
}
