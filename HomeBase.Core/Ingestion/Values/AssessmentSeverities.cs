namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender for Cloud assessment metadata severities, worst first.</summary>
[MicrosoftEnum("assessmentMetadata/severity")]
public static class AssessmentSeverities
{
    public static readonly string[] WorstFirst = ["High", "Medium", "Low"];
}
