namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One day's reading of a Defender for Endpoint score (docs/microsoft-apis.md §4.4): the organisation's exposure score
/// (<c>/api/exposureScore</c>), each machine group's (<c>/api/exposureScore/ByMachineGroups</c>), or the device secure score
/// (<c>/api/configurationScore</c>). Microsoft keeps only the current value, so HomeBase keeps the day's latest reading for the
/// trend: one row per kind, machine group and day.
/// </summary>
public sealed class DefenderScoreRecord : IngestedRecord
{
    /// <summary>Exposure score: 0–100, lower is better (0–29 low, 30–69 medium, 70–100 high).</summary>
    public const string Exposure = "exposure";

    /// <summary>Microsoft Secure Score for Devices: higher is better; Microsoft states no maximum.</summary>
    public const string DeviceSecureScore = "device_secure_score";

    /// <summary><see cref="Exposure"/> or <see cref="DeviceSecureScore"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The machine group (<c>rbacGroupName</c>); null for the whole organisation.</summary>
    public string? MachineGroup { get; set; }

    public string? MachineGroupId { get; set; }

    public double Score { get; set; }

    /// <summary>The UTC day the reading belongs to.</summary>
    public DateTime Day { get; set; }

    /// <summary>When Microsoft computed the answer (its <c>time</c>: "the call for this API was made").</summary>
    public DateTime MeasuredAt { get; set; }

    public static string KeyOf(string kind, string? machineGroup, DateTime day) => $"{kind}|{machineGroup ?? ""}|{day:yyyy-MM-dd}";

    /// <summary>Microsoft's exposure level for a score: 0–29 low, 30–69 medium, 70–100 high.</summary>
    public static string ExposureLevel(double score) => score < 30 ? Values.ExposureLevels.Low : score < 70 ? Values.ExposureLevels.Medium : Values.ExposureLevels.High;
}
