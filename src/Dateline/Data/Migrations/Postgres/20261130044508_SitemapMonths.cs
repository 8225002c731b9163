using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SitemapMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id_UpdatedAt",
                table: "Articles",
                columns: new[] { "EditionId", "Status", "PublishedAt", "Id", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id_UpdatedAt",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "EditionId", "Status", "PublishedAt", "Id" });
        }
    }
}
