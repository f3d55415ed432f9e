using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.PostgreSql
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
                    IntegrationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecommendationName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProductName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Vendor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RecommendedVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SubCategory = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RemediationType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ExposureImpact = table.Column<double>(type: "double precision", nullable: false),
                    ConfigScoreImpact = table.Column<double>(type: "double precision", nullable: false),
                    Weaknesses = table.Column<long>(type: "bigint", nullable: false),
                    ExposedMachinesCount = table.Column<long>(type: "bigint", nullable: false),
                    TotalMachineCount = table.Column<long>(type: "bigint", nullable: false),
                    PublicExploit = table.Column<bool>(type: "boolean", nullable: false),
                    ActiveAlert = table.Column<bool>(type: "boolean", nullable: false),
                    RelatedComponent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AssociatedThreats = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSecurityRecommendations", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSecurityRecommendations_IntegrationId_Status_Exposu~",
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
