namespace HomeBase.Core.Ingestion.Values;

/// <summary>A sign-in's Conditional Access outcome (<c>signIn.conditionalAccessStatus</c>).</summary>
[MicrosoftEnum("microsoft.graph.conditionalAccessStatus")]
public static class ConditionalAccessStatuses
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string NotApplied = "notApplied";
}
