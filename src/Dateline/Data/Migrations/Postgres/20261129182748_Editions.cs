using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Editions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sections_Path",
                table: "Sections");

            migrationBuilder.AddColumn<int>(
                name: "EditionId",
                table: "Sections",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "EditionId",
                table: "MenuItems",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "EditionId",
                table: "Articles",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "TranslationOfId",
                table: "Articles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Editions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    UrlPrefix = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Editions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Editions",
                columns: new[] { "Id", "Culture", "Direction", "IsDefault", "Key", "Name", "UrlPrefix" },
                values: new object[] { 1, "en", 0, true, "en", "English", "" });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_EditionId_Path",
                table: "Sections",
                columns: new[] { "EditionId", "Path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MenuItems_EditionId",
                table: "MenuItems",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id",
                table: "Articles",
                columns: new[] { "EditionId", "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Editions_Key",
                table: "Editions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Editions_UrlPrefix",
                table: "Editions",
                column: "UrlPrefix",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Articles_TranslationOfId",
                table: "Articles",
                column: "TranslationOfId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_Editions_EditionId",
                table: "Articles",
                column: "EditionId",
                principalTable: "Editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MenuItems_Editions_EditionId",
                table: "MenuItems",
                column: "EditionId",
                principalTable: "Editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Sections_Editions_EditionId",
                table: "Sections",
                column: "EditionId",
                principalTable: "Editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.DropForeignKey(
                name: "FK_Articles_Editions_EditionId",
                table: "Articles");

            migrationBuilder.DropForeignKey(
                name: "FK_MenuItems_Editions_EditionId",
                table: "MenuItems");

            migrationBuilder.DropForeignKey(
                name: "FK_Sections_Editions_EditionId",
                table: "Sections");

            migrationBuilder.DropTable(
                name: "Editions");

            migrationBuilder.DropIndex(
                name: "IX_Sections_EditionId_Path",
                table: "Sections");

            migrationBuilder.DropIndex(
                name: "IX_MenuItems_EditionId",
                table: "MenuItems");

            migrationBuilder.DropIndex(
                name: "IX_Articles_EditionId_Status_PublishedAt_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TranslationOfId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "EditionId",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "EditionId",
                table: "MenuItems");

            migrationBuilder.DropColumn(
                name: "EditionId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TranslationOfId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Path",
                table: "Sections",
                column: "Path",
                unique: true);
        }
    }
}
