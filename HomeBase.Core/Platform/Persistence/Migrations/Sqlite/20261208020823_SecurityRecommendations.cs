using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedSecurityRecommendations",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecommendationName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecommendedVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubCategory = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemediationType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ExposureImpact = table.Column<double>(type: "REAL", nullable: false),
                    ConfigScoreImpact = table.Column<double>(type: "REAL", nullable: false),
                    Weaknesses = table.Column<long>(type: "INTEGER", nullable: false),
                    ExposedMachinesCount = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalMachineCount = table.Column<long>(type: "INTEGER", nullable: false),
                    PublicExploit = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActiveAlert = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelatedComponent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssociatedThreats = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSecurityRecommendations", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSecurityRecommendations_IntegrationId_Status_ExposureImpact",
                table: "IngestedSecurityRecommendations",
                columns: new[] { "IntegrationId", "Status", "ExposureImpact" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedSecurityRecommendations");
        }
    }
}
