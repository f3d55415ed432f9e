using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MfaRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedUserRegistrations",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UserDisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UserType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IsAdmin = table.Column<bool>(type: "bit", nullable: true),
                    IsMfaRegistered = table.Column<bool>(type: "bit", nullable: true),
                    IsMfaCapable = table.Column<bool>(type: "bit", nullable: true),
                    IsPasswordlessCapable = table.Column<bool>(type: "bit", nullable: true),
                    IsSsprRegistered = table.Column<bool>(type: "bit", nullable: true),
                    MethodsRegistered = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReportUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedUserRegistrations", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedUserRegistrations_IntegrationId_IsMfaRegistered_IsAdmin",
                table: "IngestedUserRegistrations",
                columns: new[] { "IntegrationId", "IsMfaRegistered", "IsAdmin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedUserRegistrations");
        }
    }
}
