namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// The product-level numbers of the sandbox's ground truth (beside each stream's raw row count): an operation,
/// not its events; an onboarded device, not a discovered one; a finding, not an installed program.
/// </summary>
public static class Truth
{
    public const string Operations = "operations";
    public const string Deletes = "deletes";
    public const string FailedOperations = "failed_operations";
    public const string OnboardedDevices = "onboarded_devices";
    public const string DiscoveredDevices = "discovered_devices";
    public const string HighlyExposedDevices = "highly_exposed_devices";
    public const string HighRiskUsers = "high_risk_users";
    public const string DeletedRiskyUsers = "deleted_risky_users";
    public const string LateralAlerts = "lateral_alerts";
    public const string AlertsNamingPeople = "alerts_naming_people";
}
