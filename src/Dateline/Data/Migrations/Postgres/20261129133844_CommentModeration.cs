using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommentModeration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IpAddress",
                table: "Comments");

            migrationBuilder.AddColumn<int>(
                name: "CommentModeration",
                table: "Stories",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentHoldKeys",
                table: "SiteSettings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommentIpRetentionDays",
                table: "SiteSettings",
                type: "integer",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<string>(
                name: "CommentIpSalt",
                table: "SiteSettings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommentLinkLimit",
                table: "SiteSettings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<string>(
                name: "CommentSpamKeys",
                table: "SiteSettings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotifyHeldComments",
                table: "SiteSettings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EditedAt",
                table: "Comments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpHash",
                table: "Comments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModerationNote",
                table: "Comments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SpamScore",
                table: "Comments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StaffUserId",
                table: "Comments",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comments_AuthorEmail_Status",
                table: "Comments",
                columns: new[] { "AuthorEmail", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_CreatedAt_IpHash",
                table: "Comments",
                columns: new[] { "CreatedAt", "IpHash" });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_Status_CreatedAt",
                table: "Comments",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Comments_AuthorEmail_Status",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_CreatedAt_IpHash",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Comments_Status_CreatedAt",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "CommentModeration",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "CommentHoldKeys",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "CommentIpRetentionDays",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "CommentIpSalt",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "CommentLinkLimit",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "CommentSpamKeys",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "NotifyHeldComments",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "IpHash",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "ModerationNote",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "SpamScore",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "StaffUserId",
                table: "Comments");

            migrationBuilder.AddColumn<string>(
                name: "IpAddress",
                table: "Comments",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);
        }
    }
}
