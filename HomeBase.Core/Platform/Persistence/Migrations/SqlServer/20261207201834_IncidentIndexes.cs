using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IncidentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestedIncidents_IntegrationId_Status_Severity",
                table: "IngestedIncidents");

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIncidents_IntegrationId_LastUpdateAt",
                table: "IngestedIncidents",
                columns: new[] { "IntegrationId", "LastUpdateAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIncidents_IntegrationId_Status_Severity_AssignedTo",
                table: "IngestedIncidents",
                columns: new[] { "IntegrationId", "Status", "Severity", "AssignedTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestedIncidents_IntegrationId_LastUpdateAt",
                table: "IngestedIncidents");

            migrationBuilder.DropIndex(
                name: "IX_IngestedIncidents_IntegrationId_Status_Severity_AssignedTo",
                table: "IngestedIncidents");

            migrationBuilder.CreateIndex(
                name: "IX_IngestedIncidents_IntegrationId_Status_Severity",
                table: "IngestedIncidents",
                columns: new[] { "IntegrationId", "Status", "Severity" });
        }
    }
}
