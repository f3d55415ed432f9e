namespace HomeBase.Core.Ingestion.Records;

/// <summary>A user Identity Protection flags; updated in place as its risk changes.</summary>
public sealed class RiskyUserRecord : IngestedRecord
{
    public string? UserDisplayName { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? RiskLevel { get; set; }

    public string? RiskState { get; set; }

    public string? RiskDetail { get; set; }

    public DateTime? RiskLastUpdatedAt { get; set; }

    /// <summary>Microsoft's <c>isDeleted</c>: the account is gone, so the person is no longer a risk to count.</summary>
    public bool IsDeleted { get; set; }

    public override DateTime? EventTime => RiskLastUpdatedAt;
}
