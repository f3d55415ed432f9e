namespace HomeBase.Core.Platform.Clouds;

/// <summary>
/// One cloud's endpoints. Connectors take every URL from here: nothing else names a Microsoft host.
/// </summary>
public sealed record AzureCloud(
    string Name,
    string DisplayName,
    Uri AuthorityHost,
    Uri GraphEndpoint,
    Uri ResourceManagerEndpoint,
    string ResourceManagerAudience,
    Uri? DefenderEndpoint,
    Uri PortalUrl,
    string? CaCertificatePath,
    Uri? DefenderAudience = null)
{
    /// <summary>The client-credentials scope for Microsoft Graph in this cloud (its own Graph host).</summary>
    public string GraphScope => $"{GraphEndpoint.AbsoluteUri.TrimEnd('/')}/.default";

    /// <summary>
    /// The scope for the Defender for Endpoint API, from its audience when the cloud names one (the global API's
    /// hosts differ from its App ID URI), else from its host; null where the API does not exist.
    /// </summary>
    public string? DefenderScope => DefenderEndpoint is null ? null : $"{(DefenderAudience ?? DefenderEndpoint).AbsoluteUri.TrimEnd('/')}/.default";

    /// <summary>The scope for Azure Resource Manager.</summary>
    public string ResourceManagerScope => $"{ResourceManagerAudience.TrimEnd('/')}/.default";

    /// <summary>Graph's v1.0 base address.</summary>
    public Uri GraphV1 => new($"{GraphEndpoint.AbsoluteUri.TrimEnd('/')}/v1.0");
}
