using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <summary>
    /// Indexes for the admin article list at archive size. Built concurrently and outside a
    /// transaction, so a live archive keeps taking edits while they build (minutes on a million
    /// articles, without locking the table); IF NOT EXISTS lets the same index, built by hand
    /// ahead of a release, be taken as it is.
    /// </summary>
    public partial class AdminArticleListIndexes : Migration
    {
        private static readonly (string Name, string Definition)[] Indexes =
        [
            ("ix_articles_updated_at_id", "(updated_at, id)"),
            ("ix_articles_status_updated_at_id", "(status, updated_at, id)"),
            ("ix_articles_section_id_updated_at_id", "(section_id, updated_at, id)"),
            ("ix_articles_author_id_updated_at_id", "(author_id, updated_at, id)"),
            ("ix_articles_created_by_id_updated_at_id", "(created_by_id, updated_at, id)"),
            ("ix_articles_title_trigrams", "USING gin (title gin_trgm_ops)"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            foreach (var (name, definition) in Indexes)
            {
                migrationBuilder.Sql($"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON articles {definition};", suppressTransaction: true);
            }
            // The (created_by_id, updated_at, id) index serves the foreign key too.
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_articles_created_by_id;", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_articles_created_by_id ON articles (created_by_id);", suppressTransaction: true);
            foreach (var (name, _) in Indexes)
            {
                migrationBuilder.Sql($"DROP INDEX CONCURRENTLY IF EXISTS {name};", suppressTransaction: true);
            }

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
