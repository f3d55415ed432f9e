using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The app on the real clock with the sandbox's documented limits in force, as ingestion meets them in Azure: the
/// sandbox's throttling windows move only with real time, so tests about pacing cannot use the fake clock of
/// <see cref="IngestionApp"/>. Request budgets are on unless a test turns them off.
/// </summary>
public sealed class PacedIngestionApp(bool requestBudgets, int maxPageSize, int maxAttempts = 5) : HomeBaseApp((builder, _) =>
{
    builder.UseSetting("Sandbox:SignIns", "2000");
    builder.UseSetting("Ingestion:RequestBudgets", requestBudgets ? "true" : "false");
    builder.UseSetting("Ingestion:MaxPageSize", maxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    builder.UseSetting("Ingestion:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
})
{
    protected override bool RealisticThrottling => true;

    public StreamSyncRunner Runner => Services.GetRequiredService<StreamSyncRunner>();

    /// <summary>
    /// Connects sandbox tenant contoso straight in the database, without the verification POST /v1/integrations runs:
    /// its own requests to Microsoft would share the window the sync is measured in.
    /// </summary>
    public async Task<string> ConnectContosoAsync()
    {
        var contoso = Sandbox.Directory.ByName("contoso")!;
        var tenant = await CreateTenantAsync();
        var now = DateTime.UtcNow;
        var integration = new HomeBase.Core.Integrations.Integration
        {
            Id = PrefixedId.New("int", TimeProvider.System),
            TenantId = tenant.Id,
            Type = IntegrationTypes.Azure,
            Name = "contoso",
            Cloud = CloudPresets.Sandbox,
            AzureTenantId = contoso.TenantId.ToString(),
            ClientId = contoso.ClientId.ToString(),
            ProtectedClientSecret = Services.GetRequiredService<SecretProtector>().Protect(contoso.Secrets[0].Value),
            Config = new IntegrationConfig { IngestEntraId = true },
            Status = IntegrationStatuses.Connected,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await QueryAsync(async db =>
        {
            db.Integrations.Add(integration);
            return await db.SaveChangesAsync();
        });
        return integration.Id;
    }

    /// <summary>What the sandbox logged of contoso's requests of one throttling family, oldest first.</summary>
    public async Task<IReadOnlyList<SandboxRequest>> RequestsAsync(string family)
    {
        var response = await SandboxControlAsync(HttpMethod.Get, $"/tenants/contoso/requests?family={family}");
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(r => new SandboxRequest(
            r!["at"]!.GetValue<DateTimeOffset>(), r["path"]!.GetValue<string>(), r["throttled"]!.GetValue<bool>()))];
    }
}
