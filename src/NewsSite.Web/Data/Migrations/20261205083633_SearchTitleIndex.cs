using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchTitleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Headline matches rank first. EF Core cannot describe an index on an expression, so it
            // is written here. It is built without locking out writers (CONCURRENTLY, outside a
            // transaction), since on a live archive of a million articles it takes a minute or two,
            // and alone in its migration, so that nothing else is left half-applied if it fails.
            migrationBuilder.Sql(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_articles_title_search ON articles USING gin (to_tsvector('english', title))",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_articles_title_search", suppressTransaction: true);
        }
    }
}
