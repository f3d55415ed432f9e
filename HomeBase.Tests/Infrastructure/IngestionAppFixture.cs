namespace HomeBase.Tests.Infrastructure;

/// <summary>One <see cref="IngestionApp"/> per test class.</summary>
public sealed class IngestionAppFixture : IAsyncLifetime
{
    public IngestionApp App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
