namespace HomeBase.Core.Ingestion.Streams;

/// <summary>
/// An application permission or Azure role, with the API it belongs to and, for application permissions, the app
/// role's id in that API (the same in every cloud), which scripts use to request it.
/// </summary>
public sealed record PermissionDefinition(string Name, string Api, bool InSeed, string? Note = null, string? AppRoleId = null);
