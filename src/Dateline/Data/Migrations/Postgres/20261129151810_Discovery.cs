using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyText",
                table: "Articles",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Headline\", '')), 'A')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"Standfirst\", '')), 'B')\n|| setweight(to_tsvector(CASE WHEN \"Language\" = 'en' OR \"Language\" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, coalesce(\"BodyText\", '')), 'C')",
                stored: true);

            migrationBuilder.CreateTable(
                name: "ArticleTerms",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Hour = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Views = table.Column<int>(type: "integer", nullable: false)
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    RelatedId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false)
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
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    OtherId = table.Column<int>(type: "integer", nullable: false),
                    Pinned = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermFrequencies", x => x.Term);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SearchVector",
                table: "Articles",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.DropIndex(
                name: "IX_Articles_SearchVector",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "FeedsCarryFullText",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "BodyText",
                table: "Articles");
        }
    }
}
