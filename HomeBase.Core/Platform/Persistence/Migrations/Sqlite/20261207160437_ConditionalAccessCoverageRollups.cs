using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HomeBase.Core.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConditionalAccessCoverageRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SignInRollupRecount.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: a recount of unchanged sign-ins writes the same rows.
        }
    }
}
