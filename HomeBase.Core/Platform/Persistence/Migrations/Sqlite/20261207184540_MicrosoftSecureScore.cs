using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MicrosoftSecureScore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedMicrosoftSecureScores",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CurrentScore = table.Column<double>(type: "REAL", nullable: false),
                    MaxScore = table.Column<double>(type: "REAL", nullable: false),
                    AllTenantsAverage = table.Column<double>(type: "REAL", nullable: true),
                    ActiveUserCount = table.Column<int>(type: "INTEGER", nullable: true),
                    LicensedUserCount = table.Column<int>(type: "INTEGER", nullable: true),
                    EnabledServices = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedMicrosoftSecureScores", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedSecureScoreControls",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ControlCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Service = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MaxScore = table.Column<double>(type: "REAL", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    ActionType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ActionUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Remediation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RemediationImpact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ImplementationCost = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UserImpact = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Threats = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Deprecated = table.Column<bool>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSecureScoreControls", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedMicrosoftSecureScores_IntegrationId_CreatedAt",
                table: "IngestedMicrosoftSecureScores",
                columns: new[] { "IntegrationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSecureScoreControls_IntegrationId_Service",
                table: "IngestedSecureScoreControls",
                columns: new[] { "IntegrationId", "Service" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedMicrosoftSecureScores");

            migrationBuilder.DropTable(
                name: "IngestedSecureScoreControls");
        }
    }
}
