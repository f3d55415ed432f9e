using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Defender for Endpoint's exposure score and device secure score (docs/microsoft-apis.md §4.4), in the shapes of Microsoft's examples:
// the exposure score follows the fleet's exposure levels, the device secure score sits in the hundreds like the example's 340, and
// both drift a little from day to day, so that a trend has something to show. Every device is in UnassignedGroup, as the machines say.
public sealed partial class TenantData
{
    internal const string MachineGroup = "UnassignedGroup";

    /// <summary>The organisation's exposure score on <paramref name="now"/>'s day: the onboarded devices' exposure, 0–100.</summary>
    internal double ExposureScoreOn(DateTimeOffset now)
    {
        var levels = Enumerable.Range(0, MachineCount).Where(MachineOnboarded).Select(m => MachineExposure(m) switch
        {
            "High" => 85.0, "Medium" => 50.0, "Low" => 20.0, _ => 0.0,
        }).ToList();
        var fleet = levels.Count == 0 ? 0 : levels.Average();
        return Math.Round(Math.Clamp(fleet + DayDrift("exposure", now), 0, 100), 2);
    }

    /// <summary>The device secure score on <paramref name="now"/>'s day.</summary>
    internal double DeviceSecureScoreOn(DateTimeOffset now) => Math.Round(300 + Det.Int(H("deviceScore", 0), 120) + DayDrift("device", now) * 3, 0);

    internal JsonObject ExposureScore(DateTimeOffset now) => new() { ["time"] = Iso(now), ["score"] = ExposureScoreOn(now) };

    internal IEnumerable<JsonObject> ExposureScoreByMachineGroups(DateTimeOffset now) =>
        [new() { ["time"] = Iso(now), ["rbacGroupName"] = MachineGroup, ["score"] = ExposureScoreOn(now) }];

    internal JsonObject DeviceSecureScore(DateTimeOffset now) => new() { ["time"] = Iso(now), ["score"] = DeviceSecureScoreOn(now) };

    /// <summary>The readings one day's run stores: the organisation's and each group's exposure, and the device secure score.</summary>
    internal int DefenderScoreReadings => MachineCount == 0 ? 0 : 3;

    private double DayDrift(string what, DateTimeOffset now) => Det.Int(H("scoreDrift:" + what, now.UtcDateTime.Date.Ticks / TimeSpan.TicksPerDay), 11) - 5;
}
