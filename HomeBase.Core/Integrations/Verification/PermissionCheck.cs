namespace HomeBase.Core.Integrations.Verification;

/// <summary>A permission or Azure role: granted, not consented, missing, or unknown (its API cannot be reached).</summary>
public sealed record PermissionCheck(string Permission, string Api, string Status, IReadOnlyList<string> RequiredFor, bool InSeed, string? Note);
