using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Addresses and incident ids now have a width (an index key must); a longer value would stop the migration.
            migrationBuilder.Sql("UPDATE \"IngestedSignIns\" SET \"IpAddress\" = left(\"IpAddress\", 64) WHERE length(\"IpAddress\") > 64");
            migrationBuilder.Sql("UPDATE \"IngestedMachines\" SET \"LastIpAddress\" = left(\"LastIpAddress\", 64) WHERE length(\"LastIpAddress\") > 64");
            migrationBuilder.Sql("UPDATE \"IngestedAlerts\" SET \"IncidentId\" = left(\"IncidentId\", 64) WHERE length(\"IncidentId\") > 64");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "IngestedUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "SearchPrincipal",
                table: "IngestedUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "IpAddress",
                table: "IngestedSignIns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LastIpAddress",
                table: "IngestedMachines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "IngestedMachines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "IncidentId",
                table: "IngestedAlerts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "IngestedAlerts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            // The search keys of the rows already stored, as SearchKeys.Of makes them (trimmed, lower-cased, 200
            // characters). Where the database folds case differently (SQLite's lower() folds ASCII only), the next
            // read of a record writes its key from .NET.
            migrationBuilder.Sql("UPDATE \"IngestedUsers\" SET \"SearchName\" = NULLIF(left(lower(btrim(\"DisplayName\")), 200), ''), \"SearchPrincipal\" = NULLIF(left(lower(btrim(\"UserPrincipalName\")), 200), '')");
            migrationBuilder.Sql("UPDATE \"IngestedMachines\" SET \"SearchName\" = NULLIF(left(lower(btrim(\"ComputerDnsName\")), 200), '')");
            migrationBuilder.Sql("UPDATE \"IngestedAlerts\" SET \"SearchTitle\" = NULLIF(left(lower(btrim(\"Title\")), 200), '')");

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

            migrationBuilder.AlterColumn<string>(
                name: "IpAddress",
                table: "IngestedSignIns",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LastIpAddress",
                table: "IngestedMachines",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IncidentId",
                table: "IngestedAlerts",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
