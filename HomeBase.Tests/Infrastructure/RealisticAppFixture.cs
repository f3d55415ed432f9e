namespace HomeBase.Tests.Infrastructure;

/// <summary>The app and its sandbox with Microsoft's documented limits in force, as verification meets them in Azure.</summary>
public sealed class RealisticAppFixture : IAsyncLifetime
{
    public HomeBaseApp App { get; } = new RealisticApp();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();

    private sealed class RealisticApp : HomeBaseApp
    {
        protected override bool RealisticThrottling => true;
    }
}
