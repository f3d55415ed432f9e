using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestedSignIns_IntegrationId_CreatedAt",
                table: "IngestedSignIns");

            migrationBuilder.DropIndex(
                name: "IX_IngestedAlerts_IntegrationId_Status_Severity",
                table: "IngestedAlerts");

            migrationBuilder.CreateTable(
                name: "IngestedAlertUsers",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AlertId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedAlertUsers", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "RollupDirtyHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupDirtyHours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rollups",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rollups", x => new { x.IntegrationId, x.Metric, x.Dimension, x.Hour, x.Value });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignIns_IntegrationId_CreatedAt_ErrorCode_ConditionalAccessStatus",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "CreatedAt", "ErrorCode", "ConditionalAccessStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_Severity_CreatedAt_Status",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "Severity", "CreatedAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlertUsers_IntegrationId_UserPrincipalName_CreatedAt",
                table: "IngestedAlertUsers",
                columns: new[] { "IntegrationId", "UserPrincipalName", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupDirtyHours_IntegrationId_Metric",
                table: "RollupDirtyHours",
                columns: new[] { "IntegrationId", "Metric" });

            migrationBuilder.CreateIndex(
                name: "IX_Rollups_IntegrationId_Metric_Hour",
                table: "Rollups",
                columns: new[] { "IntegrationId", "Metric", "Hour" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedAlertUsers");

            migrationBuilder.DropTable(
                name: "RollupDirtyHours");

            migrationBuilder.DropTable(
                name: "Rollups");

            migrationBuilder.DropIndex(
                name: "IX_IngestedSignIns_IntegrationId_CreatedAt_ErrorCode_ConditionalAccessStatus",
                table: "IngestedSignIns");

            migrationBuilder.DropIndex(
                name: "IX_IngestedAlerts_IntegrationId_Severity_CreatedAt_Status",
                table: "IngestedAlerts");

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignIns_IntegrationId_CreatedAt",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_Status_Severity",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "Status", "Severity" });
        }
    }
}
