using System.Collections.Concurrent;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Security;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// One tenant client per integration, reused across runs so its tokens are too, and replaced before they
/// expire (tokens live an hour) or as soon as the secret is rotated. The secret is decrypted only here.
/// </summary>
public sealed class AzureTenantClientCache(
    IAzureTenantClientFactory factory, ICloudCatalog clouds, SecretProtector secrets, IOptions<IngestionOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> clients = new();

    public IAzureTenantClient For(Integration integration)
    {
        var now = time.GetUtcNow();
        if (clients.TryGetValue(integration.Id, out var cached) && cached.ExpiresAt > now
            && string.Equals(cached.ProtectedSecret, integration.ProtectedClientSecret, StringComparison.Ordinal)
            && string.Equals(cached.DefenderRegion, integration.Config.DefenderRegion, StringComparison.Ordinal))
        {
            return cached.Client;
        }
        var cloud = (clouds.Find(integration.Cloud) ?? throw new InvalidOperationException($"Unknown cloud '{integration.Cloud}'."))
            .ForDefenderRegion(integration.Config.DefenderRegion);
        var client = factory.Create(cloud, integration.AzureTenantId, integration.ClientId, secrets.Unprotect(integration.ProtectedClientSecret!));
        var entry = new Entry(client, integration.ProtectedClientSecret, integration.Config.DefenderRegion, now.AddMinutes(options.Value.ClientLifetimeMinutes));
        // A replaced client may still serve a run in progress; it is left to the GC rather than disposed under it.
        clients[integration.Id] = entry;
        return client;
    }

    public void Dispose()
    {
        foreach (var entry in clients.Values) entry.Client.Dispose();
        clients.Clear();
    }

    private sealed record Entry(IAzureTenantClient Client, string? ProtectedSecret, string? DefenderRegion, DateTimeOffset ExpiresAt);
}
