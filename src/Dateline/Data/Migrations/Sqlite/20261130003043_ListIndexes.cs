using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId_EditionId_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "StoryId", "EditionId", "Status", "PublishedAt", "Id" },
                filter: "\"StoryId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId",
                filter: "\"TranslationOfId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId_EditionId_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId_PublishedAt",
                table: "Articles",
                columns: new[] { "StoryId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId");
        }
    }
}
