using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Discovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FeedsCarryFullText",
                table: "SiteSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyText",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ArticleTerms",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleTerms", x => new { x.ArticleId, x.Term });
                    table.ForeignKey(
                        name: "FK_ArticleTerms_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleViews",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Views = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleViews", x => new { x.ArticleId, x.Hour });
                    table.ForeignKey(
                        name: "FK_ArticleViews_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedArticles",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedArticles", x => new { x.ArticleId, x.RelatedId });
                    table.ForeignKey(
                        name: "FK_RelatedArticles_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedArticles_Articles_RelatedId",
                        column: x => x.RelatedId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedChoices",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedChoices", x => new { x.ArticleId, x.OtherId });
                    table.ForeignKey(
                        name: "FK_RelatedChoices_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedChoices_Articles_OtherId",
                        column: x => x.OtherId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelatedRefreshes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedRefreshes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedRefreshes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TermFrequencies",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Articles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermFrequencies", x => x.Term);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTerms_Term_PublishedAt_ArticleId",
                table: "ArticleTerms",
                columns: new[] { "Term", "PublishedAt", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleViews_Hour_ArticleId_Views",
                table: "ArticleViews",
                columns: new[] { "Hour", "ArticleId", "Views" });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedArticles_ArticleId_Rank",
                table: "RelatedArticles",
                columns: new[] { "ArticleId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedArticles_RelatedId",
                table: "RelatedArticles",
                column: "RelatedId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedChoices_OtherId",
                table: "RelatedChoices",
                column: "OtherId");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedRefreshes_ArticleId",
                table: "RelatedRefreshes",
                column: "ArticleId");

            // The full-text index: FTS5 over the article's own columns (external content), kept in step by triggers in the
            // same transaction as every insert, update and delete. EF Core rebuilds a SQLite table for some column changes and
            // that drops these triggers: a later migration that rebuilds "Articles" must create them again (SearchTests fail if not).
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Articles_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "Articles_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Articles_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");

            migrationBuilder.DropTable(
                name: "ArticleTerms");

            migrationBuilder.DropTable(
                name: "ArticleViews");

            migrationBuilder.DropTable(
                name: "RelatedArticles");

            migrationBuilder.DropTable(
                name: "RelatedChoices");

            migrationBuilder.DropTable(
                name: "RelatedRefreshes");

            migrationBuilder.DropTable(
                name: "TermFrequencies");

            migrationBuilder.DropColumn(
                name: "FeedsCarryFullText",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "BodyText",
                table: "Articles");
        }
    }
}
