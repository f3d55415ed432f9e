namespace HomeBase.Web.Platform.Sandbox;

/// <summary>A sandbox tenant the wizard offers to fill in, with its sandbox-only credentials.</summary>
public sealed record SandboxTenantOffer(string Name, string DisplayName, string Description, string AzureTenantId, string ClientId, string ClientSecret);
