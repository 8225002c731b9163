using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    WordPressId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LocalId = table.Column<int>(type: "integer", nullable: true),
                    OriginalUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
