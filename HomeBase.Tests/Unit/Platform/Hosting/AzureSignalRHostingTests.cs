using HomeBase.Web.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeBase.Tests.Unit.Platform.Hosting;

/// <summary>
/// Azure SignalR Service is used only when its connection string is configured, and then with server stickiness
/// required, which Blazor circuits need (a circuit's state lives on the instance that negotiated it). The service
/// itself cannot run here (there is no emulator for it), so what is proven is the wiring the SDK reads.
/// </summary>
[Trait("Category", "Unit")]
public sealed class AzureSignalRHostingTests
{
    // The documented form of a connection string; nothing connects to it in these tests.
    private const string ConnectionString = "Endpoint=https://homebase-test.service.signalr.net;AccessKey=dGVzdC1rZXktbm90LXVzZWQtZm9yLWFueXRoaW5nLTEyMzQ1Njc4OTA=;Version=1.0;";

    [Fact]
    public void ConnectionStringConfigured_RegistersAzureSignalRWithStickinessRequired()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[AzureSignalRHosting.ConnectionStringKey] = ConnectionString;

        builder.AddAzureSignalRWhenConfigured();

        Assert.Contains(builder.Services, d => d.ServiceType.Assembly == typeof(ServiceOptions).Assembly);
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<ServiceOptions>>().Value;
        Assert.Equal(ConnectionString, options.ConnectionString);
        Assert.Equal(ServerStickyMode.Required, options.ServerStickyMode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoConnectionString_LeavesCircuitsOnTheInstances(string? value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[AzureSignalRHosting.ConnectionStringKey] = value;

        builder.AddAzureSignalRWhenConfigured();

        Assert.DoesNotContain(builder.Services, d => d.ServiceType.Assembly == typeof(ServiceOptions).Assembly);
    }
}
