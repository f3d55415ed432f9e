namespace HomeBase.Sandbox.Tenants;

/// <summary>A client secret of the sandbox app registration.</summary>
public sealed record SandboxSecret(Guid KeyId, string Value, DateTimeOffset StartDateTime, DateTimeOffset EndDateTime, string DisplayName)
{
    public string Hint => Value[..3];
}
