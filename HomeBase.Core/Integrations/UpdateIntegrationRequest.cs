namespace HomeBase.Core.Integrations;

/// <summary>PATCH /v1/integrations/{id}: only the fields present change.</summary>
public sealed class UpdateIntegrationRequest
{
    public string? Name { get; set; }

    public ConfigInput? Config { get; set; }
}
