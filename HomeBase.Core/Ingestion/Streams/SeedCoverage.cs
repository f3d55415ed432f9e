using System.Text;

namespace HomeBase.Core.Ingestion.Streams;

/// <summary>
/// What an app set up exactly as the customer's document says (its five Graph permissions, nothing else) reads, stream
/// by stream, and the one grant or Azure role that unlocks each other stream. The README's table is this, and the
/// verification of the sandbox's <c>woodgrove</c> tenant (set up that way) must agree with it.
/// </summary>
public static class SeedCoverage
{
    public static IReadOnlySet<string> SeedPermissions { get; } = PermissionCatalog.All.Where(p => p.InSeed).Select(p => p.Name).ToHashSet();

    /// <summary>The grant or role a seed-only app lacks for <paramref name="stream"/>; null when the seed's five read it.</summary>
    public static string? MissingGrant(StreamDefinition stream)
    {
        // Azure Resource Manager is read through Azure roles on the subscriptions, which the seed does not assign.
        if (stream.Api == AzureApi.ResourceManager) return stream.LeastPermission;
        if (!stream.Permissions.Any(SeedPermissions.Contains)) return stream.LeastPermission;
        return stream.AlsoRequires.FirstOrDefault(p => !SeedPermissions.Contains(p));
    }

    /// <summary>The README's table, in the catalog's order.</summary>
    public static string Markdown()
    {
        var table = new StringBuilder();
        table.Append("| Stream | With the five permissions | To unlock it |\n");
        table.Append("| --- | --- | --- |\n");
        foreach (var stream in StreamCatalog.All)
        {
            var missing = MissingGrant(stream);
            var api = PermissionCatalog.All.FirstOrDefault(p => p.Name == missing)?.Api;
            var unlock = missing is null ? "—"
                : api == PermissionCatalog.AzureRbac ? $"the {missing} Azure role on each subscription"
                : $"{missing} ({api})";
            table.Append($"| {stream.DisplayName} (`{stream.Name}`) | {(missing is null ? "ready" : "blocked")} | {unlock} |\n");
        }
        return table.ToString();
    }
}
