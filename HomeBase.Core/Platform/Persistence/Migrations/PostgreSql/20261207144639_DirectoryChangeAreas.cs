using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DirectoryChangeAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "IngestedDirectoryAudits",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "other");

            migrationBuilder.AddColumn<string>(
                name: "RoleName",
                table: "IngestedDirectoryAudits",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signal",
                table: "IngestedDirectoryAudits",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetId",
                table: "IngestedDirectoryAudits",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestedDirectoryAudits_IntegrationId_Signal_ActivityAt",
                table: "IngestedDirectoryAudits",
                columns: new[] { "IntegrationId", "Signal", "ActivityAt" });

            migrationBuilder.Sql(DirectoryChangeAreaBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IngestedDirectoryAudits_IntegrationId_Signal_ActivityAt",
                table: "IngestedDirectoryAudits");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "IngestedDirectoryAudits");

            migrationBuilder.DropColumn(
                name: "RoleName",
                table: "IngestedDirectoryAudits");

            migrationBuilder.DropColumn(
                name: "Signal",
                table: "IngestedDirectoryAudits");

            migrationBuilder.DropColumn(
                name: "TargetId",
                table: "IngestedDirectoryAudits");
        }
    }
}
