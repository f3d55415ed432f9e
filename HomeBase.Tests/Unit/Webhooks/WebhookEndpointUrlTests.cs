using HomeBase.Core.Webhooks;

namespace HomeBase.Tests.Unit.Webhooks;

/// <summary>Receivers put tokens in webhook URLs' query strings and user info: pages and the audit log show neither.</summary>
[Trait("Category", "Unit")]
public sealed class WebhookEndpointUrlTests
{
    [Theory]
    [InlineData("https://hooks.example.com/homebase?token=s3cr3t&x=1", "https://hooks.example.com/homebase?…")]
    [InlineData("https://ops:pa55@hooks.example.com:8443/in", "https://…@hooks.example.com:8443/in")]
    [InlineData("https://hooks.example.com/in", "https://hooks.example.com/in")]
    [InlineData("https://hooks.example.com/in?", "https://hooks.example.com/in")]
    [InlineData("http://127.0.0.1:5000/hooks", "http://127.0.0.1:5000/hooks")]
    [InlineData("not a url?key=s3cr3t", "not a url")]
    public void WithoutSecrets_KeepsWhereItGoesAndDropsTheCredentials(string url, string shown) =>
        Assert.Equal(shown, WebhookEndpoint.WithoutSecrets(url));
}
