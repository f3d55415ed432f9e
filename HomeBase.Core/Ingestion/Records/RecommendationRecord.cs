namespace HomeBase.Core.Ingestion.Records;

/// <summary>A Defender for Cloud assessment of one resource (<c>Microsoft.Security/assessments</c>).</summary>
public sealed class RecommendationRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public required string SubscriptionId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary><c>Healthy</c>, <c>Unhealthy</c> or <c>NotApplicable</c>.</summary>
    public string? StatusCode { get; set; }

    public string? Severity { get; set; }

    public string? Categories { get; set; }

    public string? ResourceId { get; set; }

    /// <summary>The assessed resource's type, from its id, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
    public string? ResourceType { get; set; }

    /// <summary>The type in an ARM resource id: the provider namespace and the type after the last <c>/providers/</c>.</summary>
    public static string? ResourceTypeOf(string? resourceId)
    {
        if (resourceId is null) return null;
        var at = resourceId.LastIndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return resourceId.Contains("/resourceGroups/", StringComparison.OrdinalIgnoreCase) ? "Resource group" : "Subscription";
        var parts = resourceId[(at + "/providers/".Length)..].Split('/');
        return parts.Length >= 2 ? $"{parts[0]}/{parts[1]}" : parts[0];
    }
}
