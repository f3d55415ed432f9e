namespace HomeBase.Tests.Infrastructure;

/// <summary>One <see cref="IngestionApp"/> per test class.</summary>
public sealed class IngestionAppFixture : IAsyncLifetime
{
    public IngestionApp App { get; } = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
