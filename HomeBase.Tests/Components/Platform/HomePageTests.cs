using Bunit;
using HomeBase.Web.Platform.Pages;
using MudBlazor.Services;

namespace HomeBase.Tests.Components.Platform;

[Trait("Category", "Components")]
public sealed class HomePageTests : IAsyncLifetime
{
    private readonly BunitContext context = new();

    public Task InitializeAsync()
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    [Fact]
    public void Home_ShowsWhatTheProductDoesAndHowToCallTheApi()
    {
        var page = context.Render<Home>();

        Assert.Equal("Connect Azure to HomeBase", page.Find("h1").TextContent);
        Assert.Equal(3, page.FindAll("h2").Count(h => h.ClassList.Contains("mud-typography-h6")) - 1);
        var example = page.Find("pre").TextContent;
        Assert.Contains("/v1/integrations", example);
        Assert.Contains("\"ingest_activity_logs\":true", example);
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == "/openapi/v1.json");
    }

    public async Task DisposeAsync() => await context.DisposeAsync();
}
