using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResourceType",
                table: "IngestedRecommendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviceIds",
                table: "IngestedAlerts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "IngestedAlerts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserPrincipalNames",
                table: "IngestedAlerts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "IngestedActivityLogs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResourceType",
                table: "IngestedActivityLogs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IngestedSecureScoreHistory",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SubscriptionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Current = table.Column<double>(type: "REAL", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSecureScoreHistory", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRiskyUsers_IntegrationId_UserPrincipalName",
                table: "IngestedRiskyUsers",
                columns: new[] { "IntegrationId", "UserPrincipalName" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRiskDetections_IntegrationId_UserId_DetectedAt",
                table: "IngestedRiskDetections",
                columns: new[] { "IntegrationId", "UserId", "DetectedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSecureScoreHistory_IntegrationId_Day",
                table: "IngestedSecureScoreHistory",
                columns: new[] { "IntegrationId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedSecureScoreHistory");

            migrationBuilder.DropIndex(
                name: "IX_IngestedRiskyUsers_IntegrationId_UserPrincipalName",
                table: "IngestedRiskyUsers");

            migrationBuilder.DropIndex(
                name: "IX_IngestedRiskDetections_IntegrationId_UserId_DetectedAt",
                table: "IngestedRiskDetections");

            migrationBuilder.DropColumn(
                name: "ResourceType",
                table: "IngestedRecommendations");

            migrationBuilder.DropColumn(
                name: "DeviceIds",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "UserPrincipalNames",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "IngestedActivityLogs");

            migrationBuilder.DropColumn(
                name: "ResourceType",
                table: "IngestedActivityLogs");
        }
    }
}
