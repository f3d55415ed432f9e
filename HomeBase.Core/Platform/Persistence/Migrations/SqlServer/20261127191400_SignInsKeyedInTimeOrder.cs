using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SignInsKeyedInTimeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_IngestedSignIns",
                table: "IngestedSignIns");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IngestedSignIns",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "CreatedAt", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_IngestedSignIns",
                table: "IngestedSignIns");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IngestedSignIns",
                table: "IngestedSignIns",
                columns: new[] { "IntegrationId", "SourceId" });
        }
    }
}
