using System.Net;
using HomeBase.Core.Webhooks;

namespace HomeBase.Tests.Unit.Webhooks;

[Trait("Category", "Unit")]
public sealed class WebhookNetworkGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("168.63.129.16")]
    [InlineData("100.127.255.254")]
    [InlineData("198.18.0.1")]
    [InlineData("198.19.255.255")]
    [InlineData("224.0.0.251")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("ff02::1")]
    [InlineData("2002:a9fe:a9fe::1")]
    [InlineData("2002:7f00:1::1")]
    public void InternalAddresses_AreRefusedByDefault(string address) =>
        Assert.False(WebhookNetworkGuard.IsAllowed(IPAddress.Parse(address), new WebhookOptions()));

    [Theory]
    [InlineData("20.190.151.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2603:1030::1")]
    [InlineData("168.63.129.17")]
    [InlineData("100.128.0.1")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.1")]
    [InlineData("2002:1414:1414::1")]
    public void PublicAddresses_AreAllowed(string address) =>
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Parse(address), new WebhookOptions()));

    [Fact]
    public void Deliveries_NeverGoThroughASystemProxy()
    {
        // HTTPS_PROXY would make the proxy connect to the receiver, past the address check of every connection.
        using var handler = WebhookNetworkGuard.Handler(new WebhookOptions());
        Assert.False(handler.UseProxy);
        Assert.False(handler.AllowAutoRedirect);
    }

    [Fact]
    public void Configuration_OpensLoopbackAndPrivateSeparately()
    {
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Loopback, new WebhookOptions { AllowLoopback = true }));
        Assert.False(WebhookNetworkGuard.IsAllowed(IPAddress.Parse("10.0.0.1"), new WebhookOptions { AllowLoopback = true }));
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Parse("10.0.0.1"), new WebhookOptions { AllowPrivateNetworks = true }));
    }
}
