using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DefenderForIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Accounts",
                table: "IngestedAlerts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviceNames",
                table: "IngestedAlerts",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IngestedIdentityHealthIssues",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HealthIssueType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IssueTypeId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DomainNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SensorDnsNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecommendedActionCommands = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedIdentityHealthIssues", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedIdentitySensors",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DomainName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SensorType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Version = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DeploymentStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HealthStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ServiceStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpenHealthIssuesCount = table.Column<long>(type: "bigint", nullable: false),
                    DomainControllerDnsNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedIdentitySensors", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIdentityHealthIssues_IntegrationId_Status_Severity",
                table: "IngestedIdentityHealthIssues",
                columns: new[] { "IntegrationId", "Status", "Severity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedIdentityHealthIssues");

            migrationBuilder.DropTable(
                name: "IngestedIdentitySensors");

            migrationBuilder.DropColumn(
                name: "Accounts",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "DeviceNames",
                table: "IngestedAlerts");
        }
    }
}
