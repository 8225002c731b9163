using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <summary>
    /// Takes the "SearchHeadline", "SearchStandfirst" and "SearchBody" columns out of the model and leaves them in the
    /// database, where the full-text index needs them: EF selected every mapped column of an article on every read (see
    /// SqliteDatelineDb.SearchColumns). Nothing in the database changes, either way.
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
