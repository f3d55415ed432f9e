namespace HomeBase.Tests.Infrastructure;

/// <summary>The app and its sandbox with Microsoft's documented limits in force, as verification meets them in Azure.</summary>
public sealed class RealisticAppFixture : IAsyncLifetime
{
    public HomeBaseApp App { get; } = new RealisticApp();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private sealed class RealisticApp : HomeBaseApp
    {
        protected override bool RealisticThrottling => true;
    }
}
