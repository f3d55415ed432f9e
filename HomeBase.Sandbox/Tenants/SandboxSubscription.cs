namespace HomeBase.Sandbox.Tenants;

/// <summary>An Azure subscription, its state and the Azure roles the app holds on it (none: it cannot read it).</summary>
public sealed record SandboxSubscription(Guid Id, string Name, IReadOnlyList<string> Roles, string State = "Enabled")
{
    public bool Readable => Roles.Count > 0;

    /// <summary>Whether it has data to ingest: readable, and not Disabled or Deleted.</summary>
    public bool Ingested => Readable && State is not ("Disabled" or "Deleted");
}
