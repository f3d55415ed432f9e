using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IngestionSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedVulnerabilities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedSecureScores",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedRecommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedMachines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedConditionalAccessPolicies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedComplianceStandards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSyncedAt",
                table: "IngestedComplianceControls",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedVulnerabilities");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedSecureScores");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedRecommendations");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedMachines");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedConditionalAccessPolicies");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedComplianceStandards");

            migrationBuilder.DropColumn(
                name: "LastSyncedAt",
                table: "IngestedComplianceControls");
        }
    }
}
