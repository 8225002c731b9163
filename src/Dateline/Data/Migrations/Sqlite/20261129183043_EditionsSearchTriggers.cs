using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <summary>
    /// The Editions migration's foreign keys make EF Core rebuild "Articles" at the end of that migration, and the rebuild
    /// drops the full-text triggers of Discovery with the old table. EF Core runs a migration's SQL before its pending
    /// rebuilds, so the triggers can only come back in a migration of their own, right after it. The index itself is
    /// untouched (the rebuild keeps every Id); it is rebuilt anyway in case a row changed while no trigger listened.
    /// Going down past Editions loses the triggers again; run Discovery's trigger SQL by hand if you ever do.
    /// </summary>
    public partial class EditionsSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchInsert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchUpdate";""");
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Discovery's triggers are what the previous schema had too: nothing to undo.
        }
    }
}
