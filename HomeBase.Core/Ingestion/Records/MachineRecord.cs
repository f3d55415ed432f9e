using System.Linq.Expressions;
using HomeBase.Core.Search;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>A device Defender for Endpoint knows, with its exposure and health.</summary>
public sealed class MachineRecord : IngestedRecord, ISnapshotRecord
{
    public DateTime? LastSyncedAt { get; set; }

    public string? ComputerDnsName { get; set; }

    /// <summary>The device name as search finds it (<see cref="SearchKeys"/>); written with the record, never set.</summary>
    [SearchKey]
    public string? SearchName { get => SearchKeys.Of(ComputerDnsName); private set { } }

    public string? OsPlatform { get; set; }

    public string? HealthStatus { get; set; }

    public string? RiskScore { get; set; }

    public string? ExposureLevel { get; set; }

    public string? LastIpAddress { get; set; }

    public string? AadDeviceId { get; set; }

    /// <summary>
    /// Microsoft's <c>onboardingStatus</c>: <c>Onboarded</c>, or a device Defender only discovered on the network
    /// (<c>CanBeOnboarded</c>, <c>Unsupported</c>, <c>InsufficientInfo</c>). Only onboarded devices report exposure and findings.
    /// </summary>
    public string? OnboardingStatus { get; set; }

    /// <summary>The documented value, matched without regard to case: Defender's pages spell it <c>onboarded</c>, its API sends <c>Onboarded</c>.</summary>
    public const string Onboarded = "onboarded";

    /// <summary>Whether the device is onboarded; a device listed without the field (as in Microsoft's own example) is.</summary>
    public static bool IsOnboarded(string? onboardingStatus) =>
        onboardingStatus is null || string.Equals(onboardingStatus, Onboarded, StringComparison.OrdinalIgnoreCase);

    /// <summary><see cref="IsOnboarded"/> in SQL: one rule for the pages' counts and the records' filter.</summary>
    public static readonly Expression<Func<MachineRecord, bool>> OnboardedDevice =
        m => m.OnboardingStatus == null || m.OnboardingStatus.ToLower() == Onboarded;

    /// <summary>A device Defender only discovered: the negation of <see cref="OnboardedDevice"/>.</summary>
    public static readonly Expression<Func<MachineRecord, bool>> DiscoveredDevice =
        m => m.OnboardingStatus != null && m.OnboardingStatus.ToLower() != Onboarded;

    public DateTime? FirstSeen { get; set; }

    public DateTime? LastSeen { get; set; }

    public override DateTime? EventTime => LastSeen;
}
