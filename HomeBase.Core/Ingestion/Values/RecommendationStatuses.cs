namespace HomeBase.Core.Ingestion.Values;

/// <summary>A Defender for Endpoint security recommendation's status (<c>recommendation.status</c>).</summary>
[MicrosoftEnum("mde.recommendation.status")]
public static class RecommendationStatuses
{
    public const string Active = "Active";

    /// <summary>An exception was granted: the recommendation is accepted, not to be acted on.</summary>
    public const string Exception = "Exception";
}
