namespace HomeBase.Sandbox.Tenants;

/// <summary>An Azure subscription and the Azure roles the app holds on it (none: it cannot read it).</summary>
public sealed record SandboxSubscription(Guid Id, string Name, IReadOnlyList<string> Roles)
{
    public bool Readable => Roles.Count > 0;
}
