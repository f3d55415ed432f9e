using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Ingestion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedActivityLogs",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EventTimestamp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OperationName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Caller = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResourceGroupName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResourceId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedActivityLogs", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedAlerts",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Severity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Classification = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Determination = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ServiceSource = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DetectionSource = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    IncidentId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AssignedTo = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    MitreTechniques = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastUpdateAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedAlerts", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedComplianceControls",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StandardName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ControlName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PassedAssessments = table.Column<int>(type: "int", nullable: false),
                    FailedAssessments = table.Column<int>(type: "int", nullable: false),
                    SkippedAssessments = table.Column<int>(type: "int", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedComplianceControls", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedComplianceStandards",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PassedControls = table.Column<int>(type: "int", nullable: false),
                    FailedControls = table.Column<int>(type: "int", nullable: false),
                    SkippedControls = table.Column<int>(type: "int", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedComplianceStandards", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedConditionalAccessPolicies",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    GrantControls = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConditionsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedConditionalAccessPolicies", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedDirectoryAudits",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ActivityAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ActivityDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OperationType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Result = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    InitiatedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TargetDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TargetType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedDirectoryAudits", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedGroupMembers",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    GroupId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MemberId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MemberType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedGroupMembers", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedGroups",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityEnabled = table.Column<bool>(type: "bit", nullable: true),
                    MailEnabled = table.Column<bool>(type: "bit", nullable: true),
                    GroupTypes = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedGroups", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedMachines",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ComputerDnsName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OsPlatform = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    HealthStatus = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RiskScore = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ExposureLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    LastIpAddress = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AadDeviceId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeen = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSeen = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedMachines", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedRecommendations",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    StatusCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Severity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Categories = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResourceId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedRecommendations", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedRiskDetections",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RiskEventType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RiskLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RiskState = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    IpAddress = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CountryOrRegion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DetectedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedRiskDetections", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedRiskyUsers",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    UserDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RiskLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RiskState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    RiskDetail = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RiskLastUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedRiskyUsers", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedSecureScores",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Current = table.Column<double>(type: "float", nullable: false),
                    Max = table.Column<double>(type: "float", nullable: false),
                    Percentage = table.Column<double>(type: "float", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSecureScores", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedSignIns",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AppDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClientAppUsed = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    IpAddress = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    City = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CountryOrRegion = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    ErrorCode = table.Column<int>(type: "int", nullable: false),
                    FailureReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConditionalAccessStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AppliedConditionalAccessPolicies = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RiskLevelDuringSignIn = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RiskState = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSignIns", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedUsers",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Mail = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    JobTitle = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Department = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AccountEnabled = table.Column<bool>(type: "bit", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedUsers", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedVulnerabilities",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DeviceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DeviceName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SoftwareVendor = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SoftwareName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SoftwareVersion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CveId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    CvssScore = table.Column<double>(type: "float", nullable: true),
                    Severity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ExploitabilityLevel = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    FirstSeen = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSeen = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedVulnerabilities", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "StreamCursors",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Stream = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreamCursors", x => new { x.IntegrationId, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "StreamHealth",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Stream = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastEventAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecordsAdded = table.Column<int>(type: "int", nullable: false),
                    RecordsUpdated = table.Column<int>(type: "int", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LastErrorCode = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LastErrorRequestId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ThrottledUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BlockedReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreamHealth", x => new { x.IntegrationId, x.Stream });
                });

            migrationBuilder.CreateTable(
                name: "StreamRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Stream = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Pages = table.Column<int>(type: "int", nullable: false),
                    RecordsAdded = table.Column<int>(type: "int", nullable: false),
                    RecordsUpdated = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RequestId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreamRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedActivityLogs_IntegrationId_EventTimestamp",
                table: "IngestedActivityLogs",
                columns: new[] { "IntegrationId", "EventTimestamp" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedActivityLogs_IntegrationId_SubscriptionId_EventTimestamp",
                table: "IngestedActivityLogs",
                columns: new[] { "IntegrationId", "SubscriptionId", "EventTimestamp" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_CreatedAt",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_ServiceSource",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "ServiceSource" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_Status_Severity",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "Status", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedComplianceControls_IntegrationId_StandardName_State",
                table: "IngestedComplianceControls",
                columns: new[] { "IntegrationId", "StandardName", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedDirectoryAudits_IntegrationId_ActivityAt",
                table: "IngestedDirectoryAudits",
                columns: new[] { "IntegrationId", "ActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedGroupMembers_IntegrationId_GroupId",
                table: "IngestedGroupMembers",
                columns: new[] { "IntegrationId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedGroupMembers_IntegrationId_MemberId",
                table: "IngestedGroupMembers",
                columns: new[] { "IntegrationId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedMachines_IntegrationId_ExposureLevel",
                table: "IngestedMachines",
                columns: new[] { "IntegrationId", "ExposureLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRecommendations_IntegrationId_StatusCode_Severity",
                table: "IngestedRecommendations",
                columns: new[] { "IntegrationId", "StatusCode", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRiskDetections_IntegrationId_DetectedAt",
                table: "IngestedRiskDetections",
                columns: new[] { "IntegrationId", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRiskyUsers_IntegrationId_RiskState_RiskLevel",
                table: "IngestedRiskyUsers",
                columns: new[] { "IntegrationId", "RiskState", "RiskLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignIns_IntegrationId_CreatedAt",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignIns_IntegrationId_UserId_CreatedAt",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedUsers_IntegrationId_UserPrincipalName",
                table: "IngestedUsers",
                columns: new[] { "IntegrationId", "UserPrincipalName" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedVulnerabilities_IntegrationId_CveId",
                table: "IngestedVulnerabilities",
                columns: new[] { "IntegrationId", "CveId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedVulnerabilities_IntegrationId_DeviceId",
                table: "IngestedVulnerabilities",
                columns: new[] { "IntegrationId", "DeviceId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedVulnerabilities_IntegrationId_Severity",
                table: "IngestedVulnerabilities",
                columns: new[] { "IntegrationId", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_StreamRuns_IntegrationId_Stream_StartedAt",
                table: "StreamRuns",
                columns: new[] { "IntegrationId", "Stream", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedActivityLogs");

            migrationBuilder.DropTable(
                name: "IngestedAlerts");

            migrationBuilder.DropTable(
                name: "IngestedComplianceControls");

            migrationBuilder.DropTable(
                name: "IngestedComplianceStandards");

            migrationBuilder.DropTable(
                name: "IngestedConditionalAccessPolicies");

            migrationBuilder.DropTable(
                name: "IngestedDirectoryAudits");

            migrationBuilder.DropTable(
                name: "IngestedGroupMembers");

            migrationBuilder.DropTable(
                name: "IngestedGroups");

            migrationBuilder.DropTable(
                name: "IngestedMachines");

            migrationBuilder.DropTable(
                name: "IngestedRecommendations");

            migrationBuilder.DropTable(
                name: "IngestedRiskDetections");

            migrationBuilder.DropTable(
                name: "IngestedRiskyUsers");

            migrationBuilder.DropTable(
                name: "IngestedSecureScores");

            migrationBuilder.DropTable(
                name: "IngestedSignIns");

            migrationBuilder.DropTable(
                name: "IngestedUsers");

            migrationBuilder.DropTable(
                name: "IngestedVulnerabilities");

            migrationBuilder.DropTable(
                name: "StreamCursors");

            migrationBuilder.DropTable(
                name: "StreamHealth");

            migrationBuilder.DropTable(
                name: "StreamRuns");
        }
    }
}
