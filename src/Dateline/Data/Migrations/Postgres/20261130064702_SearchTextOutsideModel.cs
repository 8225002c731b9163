using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
{
    /// <summary>
    /// Takes the "SearchVector" column and its GIN index out of the model and leaves them in the database, where search
    /// needs them: EF selected every mapped column of an article on every read (see PostgresDatelineDb.SearchVector).
    /// Nothing in the database changes, either way.
    /// </summary>
    public partial class SearchTextOutsideModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
