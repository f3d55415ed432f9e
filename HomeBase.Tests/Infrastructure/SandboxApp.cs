namespace HomeBase.Tests.Infrastructure;

/// <summary>A sandbox tenant's app registration (Scenarios/tenants.json).</summary>
public sealed record SandboxApp(string AzureTenantId, string ClientId, string Secret);
