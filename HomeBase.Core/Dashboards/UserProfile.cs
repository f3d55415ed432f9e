using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Dashboards;

/// <summary>One identity across every source: directory, Identity Protection, sign-ins, alerts and devices.</summary>
public sealed record UserProfile(
    string IntegrationId, string IntegrationName, string? UserId, string? UserPrincipalName, string DisplayName, UserRecord? Directory,
    IReadOnlyList<string> Groups, RiskyUserRecord? Risk,
    IReadOnlyList<RiskDetectionRecord> Detections, long DetectionCount, string DetectionsHref,
    IReadOnlyList<SignInRecord> SignIns, long SignInCount, long FailedSignInCount, string SignInsHref,
    IReadOnlyList<AlertSummary> Alerts, long AlertCount, string AlertsHref, IReadOnlyList<UserDevice> Devices,
    UserRegistrationRecord? Registration, IReadOnlyList<string> DirectoryRoles, SignInActivityRecord? Activity = null);
