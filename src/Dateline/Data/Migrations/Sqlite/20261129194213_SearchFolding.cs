using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchBody",
                table: "Articles",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(\"BodyText\", ''), char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1620), ''), char(1621), ''), char(1648), ''), char(1600), ''), char(8204), '')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "SearchHeadline",
                table: "Articles",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(\"Headline\", ''), char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1620), ''), char(1621), ''), char(1648), ''), char(1600), ''), char(8204), '')",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "SearchStandfirst",
                table: "Articles",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(\"Standfirst\", ''), char(1610), char(1740)), char(1609), char(1740)), char(1603), char(1705)), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1620), ''), char(1621), ''), char(1648), ''), char(1600), ''), char(8204), '')",
                stored: false);

            // The full-text index now reads the folded copies (ArabicScript) of the headline, standfirst and body, the
            // virtual generated columns added above, so "كتاب" and "کتاب", "می‌خواهند" and "میخواهند" are one word to it.
            // FTS5 reads its content table by column name, for triggers, 'rebuild' and snippets alike; so the table and its
            // triggers are made again over the new columns, with the same tokenizer (porter only changes Latin-letter
            // words: Arabic-script words pass it untouched) and the same column order SqliteSearchEngine relies on.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchInsert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "SearchHeadline", "SearchStandfirst", "SearchBody",
                    content='Articles', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchInsert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" (rowid, "SearchHeadline", "SearchStandfirst", "SearchBody")
                    VALUES (new."Id", new."SearchHeadline", new."SearchStandfirst", new."SearchBody");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchDelete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "SearchHeadline", "SearchStandfirst", "SearchBody")
                    VALUES ('delete', old."Id", old."SearchHeadline", old."SearchStandfirst", old."SearchBody");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchUpdate" AFTER UPDATE OF "Headline", "Standfirst", "BodyText" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "SearchHeadline", "SearchStandfirst", "SearchBody")
                    VALUES ('delete', old."Id", old."SearchHeadline", old."SearchStandfirst", old."SearchBody");
                    INSERT INTO "ArticleSearch" (rowid, "SearchHeadline", "SearchStandfirst", "SearchBody")
                    VALUES (new."Id", new."SearchHeadline", new."SearchStandfirst", new."SearchBody");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The index over the raw columns, as Discovery made it, before the folded columns go.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchInsert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "Headline", "Standfirst", "BodyText",
                    content='Articles', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchInsert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" (rowid, "Headline", "Standfirst", "BodyText")
                    VALUES (new."Id", new."Headline", new."Standfirst", new."BodyText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchDelete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Headline", "Standfirst", "BodyText")
                    VALUES ('delete', old."Id", old."Headline", old."Standfirst", old."BodyText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchUpdate" AFTER UPDATE OF "Headline", "Standfirst", "BodyText" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, "Headline", "Standfirst", "BodyText")
                    VALUES ('delete', old."Id", old."Headline", old."Standfirst", old."BodyText");
                    INSERT INTO "ArticleSearch" (rowid, "Headline", "Standfirst", "BodyText")
                    VALUES (new."Id", new."Headline", new."Standfirst", new."BodyText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('rebuild');""");

            migrationBuilder.DropColumn(
                name: "SearchBody",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchHeadline",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchStandfirst",
                table: "Articles");
        }
    }
}
