using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
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
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CurrentScore = table.Column<double>(type: "float", nullable: false),
                    MaxScore = table.Column<double>(type: "float", nullable: false),
                    AllTenantsAverage = table.Column<double>(type: "float", nullable: true),
                    ActiveUserCount = table.Column<int>(type: "int", nullable: true),
                    LicensedUserCount = table.Column<int>(type: "int", nullable: true),
                    EnabledServices = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedMicrosoftSecureScores", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateTable(
                name: "IngestedSecureScoreControls",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ControlCategory = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Service = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MaxScore = table.Column<double>(type: "float", nullable: true),
                    Score = table.Column<double>(type: "float", nullable: true),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    ActionType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ActionUrl = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Remediation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RemediationImpact = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ImplementationCost = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    UserImpact = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Tier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Threats = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Deprecated = table.Column<bool>(type: "bit", nullable: true),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LastModifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
