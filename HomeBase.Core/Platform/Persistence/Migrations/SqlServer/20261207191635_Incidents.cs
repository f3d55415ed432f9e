using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedIncidents",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Severity = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Classification = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Determination = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    AssignedTo = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastUpdateAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IncidentWebUrl = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RedirectIncidentId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CustomTags = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SystemTags = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedIncidents", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIncidents_IntegrationId_CreatedAt",
                table: "IngestedIncidents",
                columns: new[] { "IntegrationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIncidents_IntegrationId_Status_Severity",
                table: "IngestedIncidents",
                columns: new[] { "IntegrationId", "Status", "Severity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedIncidents");
        }
    }
}
