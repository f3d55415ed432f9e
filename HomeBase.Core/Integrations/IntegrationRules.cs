namespace HomeBase.Core.Integrations;

/// <summary>The limits and messages shared by the API and the wizard's form.</summary>
public static class IntegrationRules
{
    public const int MaxSubscriptions = 500;
    public const int MinBackfillDays = 1;
    public const int MaxBackfillDays = 30;
    public const int MaxSecretLength = 512;

    public const string SecretIdPasted =
        "This is the secret's ID, not its value. In the Azure portal (App registrations → HLD HomeBase → Certificates & secrets) " +
        "copy the Value column, which is shown only right after the secret is created; if it is hidden, create a new secret.";

    public const string NoStreamEnabled =
        "Enable at least one of ingest_entra_id, ingest_defender, ingest_activity_logs or ingest_defender_for_cloud.";

    public static readonly string UnknownDefenderRegion =
        $"Must be one of {string.Join(", ", Platform.Clouds.DefenderRegions.All)}, or an empty string for the cloud's default Defender for Endpoint host.";

    /// <summary>
    /// Why <paramref name="region"/> cannot be used in <paramref name="cloud"/> (it has no regional Defender for
    /// Endpoint hosts), or null when it can or none is asked for: the one rule for create and update.
    /// </summary>
    public static string? DefenderRegionRefusal(Platform.Clouds.ICloudCatalog clouds, string cloud, string? region) =>
        NormalizeDefenderRegion(region) is not null && clouds.Find(cloud) is { HasDefenderRegions: false }
            ? $"The {cloud} cloud has no regional Defender for Endpoint hosts: leave defender_region out."
            : null;

    /// <summary>A requested region as stored: lower case; empty means none.</summary>
    public static string? NormalizeDefenderRegion(string? region) =>
        string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToLowerInvariant();

    public static readonly string InvalidName = $"A name is 1 to {Integration.NameMaxLength} printable characters.";

    public static bool IsValidName(string? name) =>
        name is not null && name.Trim().Length is > 0 and <= Integration.NameMaxLength && !name.Any(char.IsControl);

    /// <summary>
    /// What an integration saved without a name is called: what its directory calls itself (Graph's <c>/organization</c>,
    /// read during verification), else its tenant id.
    /// </summary>
    public static string DefaultName(string? azureTenantId, string? organizationName) =>
        IsValidName(organizationName) ? organizationName!.Trim() : $"Azure {azureTenantId?.Trim()}";

    public static bool IsGuid(string? value) => value is not null && Guid.TryParseExact(value, "D", out _);

    /// <summary>An Azure client secret value is never a GUID; its ID always is.</summary>
    public static bool LooksLikeSecretId(string? value) => value is not null && Guid.TryParse(value.Trim(), out _);
}
