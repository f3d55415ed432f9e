namespace HomeBase.Core.Ingestion.Values;

/// <summary>A Defender for Cloud assessment's status code: a recommendation applies while Unhealthy.</summary>
[MicrosoftEnum("assessments/AssessmentStatusCode")]
public static class AssessmentStatusCodes
{
    public const string Unhealthy = "Unhealthy";
}
