using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>Lets services ask for the provider-neutral <see cref="HomeBaseDbContext"/>.</summary>
internal sealed class ContextFactoryAdapter<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<HomeBaseDbContext>
    where TContext : HomeBaseDbContext
{
    public HomeBaseDbContext CreateDbContext() => inner.CreateDbContext();
}
