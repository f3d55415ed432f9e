namespace HomeBase.Tests.Infrastructure;

/// <summary>One running app per test class; each test takes a fresh tenant so tests do not see each other's rows.</summary>
public sealed class HomeBaseAppFixture : IAsyncLifetime
{
    private HomeBaseApp? app;

    public HomeBaseApp App => app ?? throw new InvalidOperationException("The fixture is not initialised.");

    public Task<TestTenant> TenantAsync() => App.CreateTenantAsync();

    public ValueTask InitializeAsync()
    {
        app = new HomeBaseApp();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
