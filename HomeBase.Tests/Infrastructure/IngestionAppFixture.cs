using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Connectors;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Infrastructure;

/// <summary>One <see cref="IngestionApp"/> per test class.</summary>
public sealed class IngestionAppFixture : IAsyncLifetime
{
    public IngestionApp App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
