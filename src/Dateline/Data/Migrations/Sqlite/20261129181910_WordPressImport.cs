using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WordPressImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WordPressSources",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    WordPressId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LocalId = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordPressSources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WordPressSources_SiteUrl_Kind_WordPressId",
                table: "WordPressSources",
                columns: new[] { "SiteUrl", "Kind", "WordPressId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WordPressSources");
        }
    }
}
