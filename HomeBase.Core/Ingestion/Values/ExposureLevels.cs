namespace HomeBase.Core.Ingestion.Values;

/// <summary>Defender for Endpoint's machine exposure levels, worst first.</summary>
[MicrosoftEnum("mde.machine.exposureLevel")]
public static class ExposureLevels
{
    public const string High = "High";
    public const string Medium = "Medium";
    public const string Low = "Low";
    public const string None = "None";

    public static readonly string[] WorstFirst = [High, Medium, Low, None];
}
