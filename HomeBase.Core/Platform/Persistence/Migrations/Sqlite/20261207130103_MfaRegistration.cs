using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
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
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserDisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsAdmin = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsMfaRegistered = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsMfaCapable = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsPasswordlessCapable = table.Column<bool>(type: "INTEGER", nullable: true),
                    IsSsprRegistered = table.Column<bool>(type: "INTEGER", nullable: true),
                    MethodsRegistered = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
