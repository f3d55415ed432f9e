using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Platform.Clouds;

/// <summary>The presets merged with <c>Azure:Clouds</c>; checked at start so a bad cloud fails the boot with a message.</summary>
public sealed partial class ConfiguredCloudCatalog : ICloudCatalog
{
    private readonly Dictionary<string, AzureCloud> clouds;

    public ConfiguredCloudCatalog(IOptions<AzureOptions> options)
    {
        var errors = new List<string>();
        clouds = new Dictionary<string, AzureCloud>(StringComparer.Ordinal);
        var names = CloudPresets.All.Keys.Concat(options.Value.Clouds.Keys.Select(k => k.ToLowerInvariant())).Distinct();
        foreach (var name in names)
        {
            var merged = Merge(CloudPresets.All.GetValueOrDefault(name), options.Value.Clouds.GetValueOrDefault(name));
            if (Build(name, merged, errors) is { } cloud) clouds[name] = cloud;
        }
        if (errors.Count > 0) throw new OptionsValidationException(AzureOptions.SectionName, typeof(AzureOptions), errors);
        Names = [.. clouds.Keys];
    }

    public string DefaultCloud => CloudPresets.Global;

    public IReadOnlyList<string> Names { get; }

    public bool Contains(string name) => clouds.ContainsKey(name);

    public AzureCloud? Find(string name) => clouds.GetValueOrDefault(name);

    private static CloudOptions Merge(CloudOptions? preset, CloudOptions? configured) => new()
    {
        DisplayName = configured?.DisplayName ?? preset?.DisplayName,
        AuthorityHost = configured?.AuthorityHost ?? preset?.AuthorityHost,
        GraphEndpoint = configured?.GraphEndpoint ?? preset?.GraphEndpoint,
        ResourceManagerEndpoint = configured?.ResourceManagerEndpoint ?? preset?.ResourceManagerEndpoint,
        ResourceManagerAudience = configured?.ResourceManagerAudience ?? preset?.ResourceManagerAudience,
        DefenderEndpoint = configured?.DefenderEndpoint ?? preset?.DefenderEndpoint,
        DefenderAudience = configured?.DefenderAudience ?? preset?.DefenderAudience,
        DefenderRegionalEndpoint = configured?.DefenderRegionalEndpoint ?? preset?.DefenderRegionalEndpoint,
        PortalUrl = configured?.PortalUrl ?? preset?.PortalUrl,
        CaCertificatePath = configured?.CaCertificatePath ?? preset?.CaCertificatePath,
    };

    private static AzureCloud? Build(string name, CloudOptions o, List<string> errors)
    {
        var before = errors.Count;
        if (!CloudName().IsMatch(name)) errors.Add($"Azure:Clouds:{name}: a cloud name is lower-case letters, digits and underscores.");
        var authority = Https(name, nameof(o.AuthorityHost), o.AuthorityHost, required: true, errors);
        var graph = Https(name, nameof(o.GraphEndpoint), o.GraphEndpoint, required: true, errors);
        var arm = Https(name, nameof(o.ResourceManagerEndpoint), o.ResourceManagerEndpoint, required: true, errors);
        var defender = Https(name, nameof(o.DefenderEndpoint), o.DefenderEndpoint, required: false, errors);
        var defenderAudience = Https(name, nameof(o.DefenderAudience), o.DefenderAudience, required: false, errors);
        var portal = Https(name, nameof(o.PortalUrl), o.PortalUrl, required: true, errors);
        if (o.DefenderRegionalEndpoint is { Length: > 0 } regional)
        {
            if (!regional.Contains(AzureCloud.RegionPlaceholder, StringComparison.Ordinal))
            {
                errors.Add($"Azure:Clouds:{name}:DefenderRegionalEndpoint must contain {AzureCloud.RegionPlaceholder} where the region goes (got '{regional}').");
            }
            else
            {
                Https(name, nameof(o.DefenderRegionalEndpoint), regional.Replace(AzureCloud.RegionPlaceholder, "eu", StringComparison.Ordinal), required: true, errors);
            }
            if (defender is null) errors.Add($"Azure:Clouds:{name}:DefenderRegionalEndpoint needs DefenderEndpoint.");
        }
        if (string.IsNullOrWhiteSpace(o.ResourceManagerAudience)) errors.Add($"Azure:Clouds:{name}:ResourceManagerAudience is required.");
        if (o.CaCertificatePath is { Length: > 0 } path && !File.Exists(path))
        {
            errors.Add($"Azure:Clouds:{name}:CaCertificatePath '{path}' does not exist.");
        }
        if (errors.Count > before) return null;
        return new AzureCloud(name, o.DisplayName ?? name, authority!, graph!, arm!, o.ResourceManagerAudience!, defender, portal!,
            string.IsNullOrWhiteSpace(o.CaCertificatePath) ? null : o.CaCertificatePath, defenderAudience,
            string.IsNullOrWhiteSpace(o.DefenderRegionalEndpoint) ? null : o.DefenderRegionalEndpoint);
    }

    private static Uri? Https(string cloud, string field, string? value, bool required, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add($"Azure:Clouds:{cloud}:{field} is required.");
            return null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"Azure:Clouds:{cloud}:{field} must be an absolute https URL (got '{value}').");
            return null;
        }
        return uri;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CloudName();
}
