using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignInActivityAndDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OnPremisesSyncEnabled",
                table: "IngestedUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IngestedSignInActivity",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AccountEnabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastNonInteractiveSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessfulSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedSignInActivity", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedSignInActivity_IntegrationId_LastActivityAt",
                table: "IngestedSignInActivity",
                columns: new[] { "IntegrationId", "LastActivityAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedSignInActivity");

            migrationBuilder.DropColumn(
                name: "OnPremisesSyncEnabled",
                table: "IngestedUsers");
        }
    }
}
