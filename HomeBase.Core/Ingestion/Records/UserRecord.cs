namespace HomeBase.Core.Ingestion.Records;

/// <summary>An Entra ID user from <c>/users/delta</c>.</summary>
public sealed class UserRecord : IngestedRecord, IDeletableRecord
{
    public string? DisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? Mail { get; set; }

    public string? JobTitle { get; set; }

    public string? Department { get; set; }

    public string? UserType { get; set; }

    public bool? AccountEnabled { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? LastSyncedAt { get; set; }
}
