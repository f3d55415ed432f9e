namespace HomeBase.Core.Ingestion.Records;

/// <summary>An interactive sign-in, with its Conditional Access outcome per policy when Policy.Read.All allows it.</summary>
public sealed class SignInRecord : IngestedRecord
{
    public DateTime CreatedAt { get; set; }

    public string? UserId { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? AppDisplayName { get; set; }

    public string? ClientAppUsed { get; set; }

    public string? IpAddress { get; set; }

    public string? City { get; set; }

    public string? CountryOrRegion { get; set; }

    /// <summary>0 for success, else the AADSTS code of the failure.</summary>
    public int ErrorCode { get; set; }

    public string? FailureReason { get; set; }

    public string? ConditionalAccessStatus { get; set; }

    /// <summary>The applied policies as JSON (<c>[{id, result, display_name}]</c>); null when Graph left them out.</summary>
    public string? AppliedConditionalAccessPolicies { get; set; }

    public string? RiskLevelDuringSignIn { get; set; }

    public string? RiskState { get; set; }

    public override DateTime? EventTime => CreatedAt;
}
