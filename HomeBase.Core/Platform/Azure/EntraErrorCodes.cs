namespace HomeBase.Core.Platform.Azure;

/// <summary>
/// The AADSTS codes HomeBase acts on, as Entra's token endpoint lists them in <c>error_codes</c>. Decisions compare
/// these numbers with the parsed code, never with the text of Microsoft's message, which it rewords and localises.
/// </summary>
public static class EntraErrorCodes
{
    /// <summary>The directory (tenant) id is not a tenant of this cloud.</summary>
    public const int UnknownTenant = 90002;

    /// <summary>No application with this client id in the tenant.</summary>
    public const int AppNotFound = 700016;

    /// <summary>The client secret is not one of the app's.</summary>
    public const int InvalidSecret = 7000215;

    /// <summary>No client secret was sent.</summary>
    public const int MissingSecret = 7000218;

    /// <summary>The client secret has expired: nothing collects until it is rotated.</summary>
    public const int ExpiredSecret = 7000222;

    /// <summary>The API's service principal is not in the tenant: for Defender for Endpoint, no licence ever provisioned it.</summary>
    public const int ResourceNotInTenant = 500011;
}
