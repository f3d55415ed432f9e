namespace HomeBase.Web.Platform.Sandbox;

/// <summary>What the embedded sandbox can offer the wizard: its tenants, or nothing when it is off.</summary>
public sealed class SandboxOffer(IServiceProvider services)
{
    public IReadOnlyList<SandboxTenantOffer> Tenants =>
        services.GetService<EmbeddedSandboxService>()?.Server is { } server
            ? [.. server.Directory.Tenants.Where(t => t.Secrets.Count > 0).Select(t => new SandboxTenantOffer(
                t.Name, t.DisplayName, t.Description, t.TenantId.ToString(), t.ClientId.ToString(), t.Secrets[0].Value))]
            : [];
}
