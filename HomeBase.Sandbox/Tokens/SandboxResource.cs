namespace HomeBase.Sandbox.Tokens;

/// <summary>A protected API the token endpoint issues tokens for, with the application permissions it knows.</summary>
public sealed record SandboxResource(ResourceKind Kind, string Audience, IReadOnlyList<string> Identifiers, IReadOnlyList<string> Permissions)
{
    /// <summary>The name Entra's consent screen shows for the API.</summary>
    public string DisplayName => Kind switch
    {
        ResourceKind.Graph => "Microsoft Graph",
        ResourceKind.Defender => "WindowsDefenderATP",
        _ => "Azure Service Management",
    };
}
