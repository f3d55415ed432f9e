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
    public void InternalAddresses_AreRefusedByDefault(string address) =>
        Assert.False(WebhookNetworkGuard.IsAllowed(IPAddress.Parse(address), new WebhookOptions()));

    [Theory]
    [InlineData("20.190.151.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2603:1030::1")]
    public void PublicAddresses_AreAllowed(string address) =>
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Parse(address), new WebhookOptions()));

    [Fact]
    public void Configuration_OpensLoopbackAndPrivateSeparately()
    {
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Loopback, new WebhookOptions { AllowLoopback = true }));
        Assert.False(WebhookNetworkGuard.IsAllowed(IPAddress.Parse("10.0.0.1"), new WebhookOptions { AllowLoopback = true }));
        Assert.True(WebhookNetworkGuard.IsAllowed(IPAddress.Parse("10.0.0.1"), new WebhookOptions { AllowPrivateNetworks = true }));
    }
}
