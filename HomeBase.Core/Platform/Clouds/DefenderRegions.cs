namespace HomeBase.Core.Platform.Clouds;

/// <summary>
/// The regional hosts of the Defender for Endpoint API that Microsoft documents "for better performance"
/// (docs/microsoft-apis.md §4.1). An integration may choose one where its cloud has a regional template; the token
/// scope does not change with the host.
/// </summary>
public static class DefenderRegions
{
    public static IReadOnlyList<string> All { get; } = ["us", "eu", "uk", "au", "swa"];

    public static bool IsKnown(string? region) => region is not null && All.Contains(region.Trim().ToLowerInvariant());
}
