using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderedReaderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_author_id_status_published_at",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_section_id_status_published_at",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_status_published_at",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_status_published_at_id",
                table: "articles",
                columns: new[] { "author_id", "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id_status_published_at_id",
                table: "articles",
                columns: new[] { "section_id", "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_published_at_id",
                table: "articles",
                columns: new[] { "status", "published_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_author_id_status_published_at_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_section_id_status_published_at_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_status_published_at_id",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_status_published_at",
                table: "articles",
                columns: new[] { "author_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id_status_published_at",
                table: "articles",
                columns: new[] { "section_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_published_at",
                table: "articles",
                columns: new[] { "status", "published_at" });
        }
    }
}
