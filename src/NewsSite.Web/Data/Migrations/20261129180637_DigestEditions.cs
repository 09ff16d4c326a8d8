using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DigestEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digest_editions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    period_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    intro = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digest_schedules",
                columns: table => new
                {
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    time_of_day = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    day_of_week = table.Column<int>(type: "integer", nullable: false),
                    release_automatically = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_schedules", x => x.frequency);
                });

            migrationBuilder.CreateTable(
                name: "digest_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<long>(type: "bigint", nullable: false),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_digest_deliveries_digest_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "digest_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_digest_deliveries_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "digest_edition_articles",
                columns: table => new
                {
                    edition_id = table.Column<long>(type: "bigint", nullable: false),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_edition_articles", x => new { x.edition_id, x.article_id });
                    table.ForeignKey(
                        name: "fk_digest_edition_articles_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_digest_edition_articles_digest_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "digest_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "digest_schedules",
                columns: new[] { "frequency", "day_of_week", "enabled", "release_automatically", "time_of_day" },
                values: new object[,]
                {
                    { "Daily", 1, false, true, new TimeOnly(7, 0, 0) },
                    { "Weekly", 6, false, true, new TimeOnly(8, 0, 0) }
                });

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_edition_id_status",
                table: "digest_deliveries",
                columns: new[] { "edition_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_edition_id_subscriber_id",
                table: "digest_deliveries",
                columns: new[] { "edition_id", "subscriber_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_subscriber_id",
                table: "digest_deliveries",
                column: "subscriber_id");

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries",
                column: "next_attempt_at",
                filter: "status IN ('Queued', 'Deferred')");

            migrationBuilder.CreateIndex(
                name: "ix_digest_edition_articles_article_id",
                table: "digest_edition_articles",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_digest_editions_created_at",
                table: "digest_editions",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_digest_editions_frequency_period_key",
                table: "digest_editions",
                columns: new[] { "frequency", "period_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_deliveries");

            migrationBuilder.DropTable(
                name: "digest_edition_articles");

            migrationBuilder.DropTable(
                name: "digest_schedules");

            migrationBuilder.DropTable(
                name: "digest_editions");
        }
    }
}
