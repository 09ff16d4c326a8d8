using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReaderExperience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_author_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_section_id",
                table: "articles");

            migrationBuilder.AddColumn<int[]>(
                name: "variant_widths",
                table: "media_assets",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "featured_rank",
                table: "articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "seo_description",
                table: "articles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "seo_title",
                table: "articles",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "word_count",
                table: "articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')",
                stored: true);

            migrationBuilder.CreateTable(
                name: "site_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    site_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ads = table.Column<string>(type: "jsonb", nullable: false),
                    social_links = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_settings", x => x.id);
                    table.CheckConstraint("ck_site_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "slug_redirects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    old_slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slug_redirects", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_status_published_at",
                table: "articles",
                columns: new[] { "author_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id_status_published_at",
                table: "articles",
                columns: new[] { "section_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_slug_redirects_kind_old_slug",
                table: "slug_redirects",
                columns: new[] { "kind", "old_slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "site_settings");

            migrationBuilder.DropTable(
                name: "slug_redirects");

            migrationBuilder.DropIndex(
                name: "ix_articles_author_id_status_published_at",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_section_id_status_published_at",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "variant_widths",
                table: "media_assets");

            migrationBuilder.DropColumn(
                name: "featured_rank",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "seo_description",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "seo_title",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "word_count",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id",
                table: "articles",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id",
                table: "articles",
                column: "section_id");
        }
    }
}
