using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevisionTagsAndHero : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hero_alt_text",
                table: "article_revisions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "hero_caption",
                table: "article_revisions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "hero_credit",
                table: "article_revisions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "hero_image_id",
                table: "article_revisions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "tag_names",
                table: "article_revisions",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_hero_image_id",
                table: "article_revisions",
                column: "hero_image_id");

            migrationBuilder.AddForeignKey(
                name: "fk_article_revisions_media_assets_hero_image_id",
                table: "article_revisions",
                column: "hero_image_id",
                principalTable: "media_assets",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_article_revisions_media_assets_hero_image_id",
                table: "article_revisions");

            migrationBuilder.DropIndex(
                name: "ix_article_revisions_hero_image_id",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "hero_alt_text",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "hero_caption",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "hero_credit",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "hero_image_id",
                table: "article_revisions");

            migrationBuilder.DropColumn(
                name: "tag_names",
                table: "article_revisions");
        }
    }
}
