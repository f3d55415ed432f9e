namespace HomeBase.Core.Integrations;

/// <summary>POST /v1/integrations and the setup wizard's save.</summary>
public sealed class CreateIntegrationRequest
{
    public string? Type { get; set; }

    public string? TenantId { get; set; }

    public string? Name { get; set; }

    public string? Cloud { get; set; }

    public CredentialsInput? Credentials { get; set; }

    public ConfigInput? Config { get; set; }
}
