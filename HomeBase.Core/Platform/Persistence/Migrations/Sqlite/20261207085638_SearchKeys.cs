using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "IngestedUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchPrincipal",
                table: "IngestedUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "IngestedMachines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "IngestedAlerts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // The search keys of the rows already stored, as SearchKeys.Of makes them (trimmed, lower-cased, 200
            // characters). Where the database folds case differently (SQLite's lower() folds ASCII only), the next
            // read of a record writes its key from .NET.
            migrationBuilder.Sql("UPDATE \"IngestedUsers\" SET \"SearchName\" = NULLIF(substr(lower(trim(\"DisplayName\")), 1, 200), ''), \"SearchPrincipal\" = NULLIF(substr(lower(trim(\"UserPrincipalName\")), 1, 200), '')");
            migrationBuilder.Sql("UPDATE \"IngestedMachines\" SET \"SearchName\" = NULLIF(substr(lower(trim(\"ComputerDnsName\")), 1, 200), '')");
            migrationBuilder.Sql("UPDATE \"IngestedAlerts\" SET \"SearchTitle\" = NULLIF(substr(lower(trim(\"Title\")), 1, 200), '')");

            migrationBuilder.CreateIndex(
                name: "IX_IngestedUsers_IntegrationId_SearchName",
                table: "IngestedUsers",
                columns: new[] { "IntegrationId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedUsers_IntegrationId_SearchPrincipal",
                table: "IngestedUsers",
                columns: new[] { "IntegrationId", "SearchPrincipal" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignIns_IntegrationId_IpAddress_CreatedAt",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "IpAddress", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedMachines_IntegrationId_LastIpAddress",
                table: "IngestedMachines",
                columns: new[] { "IntegrationId", "LastIpAddress" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedMachines_IntegrationId_SearchName",
                table: "IngestedMachines",
                columns: new[] { "IntegrationId", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_IncidentId",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedAlerts_IntegrationId_SearchTitle",
                table: "IngestedAlerts",
                columns: new[] { "IntegrationId", "SearchTitle" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestedUsers_IntegrationId_SearchName",
                table: "IngestedUsers");

            migrationBuilder.DropIndex(
                name: "IX_IngestedUsers_IntegrationId_SearchPrincipal",
                table: "IngestedUsers");

            migrationBuilder.DropIndex(
                name: "IX_IngestedSignIns_IntegrationId_IpAddress_CreatedAt",
                table: "IngestedSignIns");

            migrationBuilder.DropIndex(
                name: "IX_IngestedMachines_IntegrationId_LastIpAddress",
                table: "IngestedMachines");

            migrationBuilder.DropIndex(
                name: "IX_IngestedMachines_IntegrationId_SearchName",
                table: "IngestedMachines");

            migrationBuilder.DropIndex(
                name: "IX_IngestedAlerts_IntegrationId_IncidentId",
                table: "IngestedAlerts");

            migrationBuilder.DropIndex(
                name: "IX_IngestedAlerts_IntegrationId_SearchTitle",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "IngestedUsers");

            migrationBuilder.DropColumn(
                name: "SearchPrincipal",
                table: "IngestedUsers");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "IngestedMachines");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "IngestedAlerts");
        }
    }
}
