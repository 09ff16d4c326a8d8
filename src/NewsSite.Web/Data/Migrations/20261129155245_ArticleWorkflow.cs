using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "created_by_id",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by_name",
                table: "articles",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // xmin is PostgreSQL's own system column: Npgsql's SQL generator skips this operation, so
            // nothing is added; it is here only so the model snapshot knows the mapping.
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "articles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "article_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    saved_by_id = table.Column<string>(type: "text", nullable: true),
                    saved_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_revisions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_revisions_users_saved_by_id",
                        column: x => x.saved_by_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_articles_created_by_id",
                table: "articles",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_article_id_number",
                table: "article_revisions",
                columns: new[] { "article_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_saved_by_id",
                table: "article_revisions",
                column: "saved_by_id");

            migrationBuilder.AddForeignKey(
                name: "fk_articles_users_created_by_id",
                table: "articles",
                column: "created_by_id",
                principalTable: "staff_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_articles_users_created_by_id",
                table: "articles");

            migrationBuilder.DropTable(
                name: "article_revisions");

            migrationBuilder.DropIndex(
                name: "ix_articles_created_by_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "created_by_id",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "updated_by_name",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "articles");
        }
    }
}
