using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RoleAssignmentSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IngestedRoleAssignmentSchedules",
                columns: table => new
                {
                    IntegrationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AssignmentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    MemberType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StartAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RoleAssignmentOriginId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RoleDefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RoleName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RoleTemplateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RoleIsBuiltIn = table.Column<bool>(type: "boolean", nullable: true),
                    DirectoryScopeId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PrincipalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PrincipalType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PrincipalName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PrincipalUserPrincipalName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PrincipalAppId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PrincipalAccountEnabled = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestedRoleAssignmentSchedules", x => new { x.IntegrationId, x.SourceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRoleAssignmentSchedules_IntegrationId_PrincipalId",
                table: "IngestedRoleAssignmentSchedules",
                columns: new[] { "IntegrationId", "PrincipalId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRoleAssignmentSchedules_IntegrationId_RoleAssignmen~",
                table: "IngestedRoleAssignmentSchedules",
                columns: new[] { "IntegrationId", "RoleAssignmentOriginId" });

            migrationBuilder.CreateIndex(
                name: "IX_IngestedRoleAssignmentSchedules_IntegrationId_RoleDefinitio~",
                table: "IngestedRoleAssignmentSchedules",
                columns: new[] { "IntegrationId", "RoleDefinitionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IngestedRoleAssignmentSchedules");
        }
    }
}
