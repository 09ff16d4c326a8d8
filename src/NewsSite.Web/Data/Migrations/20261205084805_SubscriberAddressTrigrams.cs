using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <summary>
    /// A trigram index on subscribers' addresses, so that typing any part of one finds it among a
    /// million without reading them all. Built concurrently: signups and sending go on meanwhile.
    /// pg_trgm is a contrib module every managed PostgreSQL offers.
    /// </summary>
    public partial class SubscriberAddressTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            migrationBuilder.Sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_subscribers_email_trigrams ON subscribers USING gin (email gin_trgm_ops)", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The extension stays: other features may use it.
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_subscribers_email_trigrams", suppressTransaction: true);
        }
    }
}
