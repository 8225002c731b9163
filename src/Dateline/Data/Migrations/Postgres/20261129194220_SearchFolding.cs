using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"Headline\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'A')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"Standfirst\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'B')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"BodyText\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'C')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Headline\", '')), 'A')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Standfirst\", '')), 'B')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"BodyText\", '')), 'C')",
                oldStored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Headline\", '')), 'A')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Standfirst\", '')), 'B')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"BodyText\", '')), 'C')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldNullable: true,
                oldComputedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"Headline\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'A')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"Standfirst\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'B')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, translate(coalesce(\"BodyText\", ''), 'يىكًٌٍَُِّْٰٕٔـ‌', 'ییک')), 'C')",
                oldStored: true);
        }
    }
}
