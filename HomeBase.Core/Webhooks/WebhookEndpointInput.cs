namespace HomeBase.Core.Webhooks;

/// <summary>What an endpoint's fields may change to; absent fields stay as they are.</summary>
public sealed class WebhookEndpointInput
{
    public string? Url { get; set; }

    public List<string>? EnabledEvents { get; set; }

    public bool? Enabled { get; set; }
}
