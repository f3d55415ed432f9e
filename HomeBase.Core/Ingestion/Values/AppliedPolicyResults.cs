namespace HomeBase.Core.Ingestion.Values;

/// <summary>What one Conditional Access policy did to a sign-in (<c>appliedConditionalAccessPolicy.result</c>).</summary>
[MicrosoftEnum("microsoft.graph.appliedConditionalAccessPolicyResult")]
public static class AppliedPolicyResults
{
    public const string Success = "success";
    public const string Failure = "failure";
}
