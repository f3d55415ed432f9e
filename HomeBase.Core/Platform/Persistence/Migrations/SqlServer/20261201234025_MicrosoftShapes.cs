using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MicrosoftShapes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "UserPrincipalName",
                table: "IngestedAlertUsers",
                newName: "UserKey");

            migrationBuilder.RenameIndex(
                name: "IX_IngestedAlertUsers_IntegrationId_UserPrincipalName_CreatedAt",
                table: "IngestedAlertUsers",
                newName: "IX_IngestedAlertUsers_IntegrationId_UserKey_CreatedAt");

            migrationBuilder.RenameColumn(
                name: "Category",
                table: "IngestedAlerts",
                newName: "Categories");

            migrationBuilder.AddColumn<bool>(
                name: "IsDeleted",
                table: "IngestedRiskyUsers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OnboardingStatus",
                table: "IngestedMachines",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserIds",
                table: "IngestedAlerts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "IngestedActivityLogs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EventName",
                table: "IngestedActivityLogs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OperationId",
                table: "IngestedActivityLogs",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubStatus",
                table: "IngestedActivityLogs",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDeleted",
                table: "IngestedRiskyUsers");

            migrationBuilder.DropColumn(
                name: "OnboardingStatus",
                table: "IngestedMachines");

            migrationBuilder.DropColumn(
                name: "UserIds",
                table: "IngestedAlerts");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "IngestedActivityLogs");

            migrationBuilder.DropColumn(
                name: "EventName",
                table: "IngestedActivityLogs");

            migrationBuilder.DropColumn(
                name: "OperationId",
                table: "IngestedActivityLogs");

            migrationBuilder.DropColumn(
                name: "SubStatus",
                table: "IngestedActivityLogs");

            migrationBuilder.RenameColumn(
                name: "UserKey",
                table: "IngestedAlertUsers",
                newName: "UserPrincipalName");

            migrationBuilder.RenameIndex(
                name: "IX_IngestedAlertUsers_IntegrationId_UserKey_CreatedAt",
                table: "IngestedAlertUsers",
                newName: "IX_IngestedAlertUsers_IntegrationId_UserPrincipalName_CreatedAt");

            migrationBuilder.RenameColumn(
                name: "Categories",
                table: "IngestedAlerts",
                newName: "Category");
        }
    }
}
