using HomeBase.Core.Search;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>An Entra ID user from <c>/users/delta</c>.</summary>
public sealed class UserRecord : IngestedRecord, IDeletableRecord
{
    public string? DisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    /// <summary>The display name as search finds it (<see cref="SearchKeys"/>); written with the record, never set.</summary>
    [SearchKey]
    public string? SearchName { get => SearchKeys.Of(DisplayName); private set { } }

    /// <summary>The principal name as search finds it.</summary>
    [SearchKey]
    public string? SearchPrincipal { get => SearchKeys.Of(UserPrincipalName); private set { } }

    public string? Mail { get; set; }

    public string? JobTitle { get; set; }

    public string? Department { get; set; }

    public string? UserType { get; set; }

    public bool? AccountEnabled { get; set; }

    /// <summary>True when the account is synced from on-premises Active Directory (Graph leaves it null for cloud accounts).</summary>
    public bool? OnPremisesSyncEnabled { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public DateTime? LastSyncedAt { get; set; }
}
