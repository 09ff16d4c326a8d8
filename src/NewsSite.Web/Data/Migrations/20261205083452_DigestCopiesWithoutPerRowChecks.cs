using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <summary>
    /// Digest copies lose their per-row foreign key checks (see NewsletterConfiguration), and with them
    /// the index that only served the subscriber key. Dropping a constraint locks the tables for a
    /// moment without reading them; the index is dropped concurrently, so sending never waits for it.
    /// </summary>
    public partial class DigestCopiesWithoutPerRowChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // IF EXISTS throughout: the concurrent drop runs outside the migration's transaction, so a
            // migration cut short there is simply run again.
            migrationBuilder.Sql("""
                ALTER TABLE digest_deliveries
                    DROP CONSTRAINT IF EXISTS fk_digest_deliveries_digest_editions_edition_id,
                    DROP CONSTRAINT IF EXISTS fk_digest_deliveries_subscribers_subscriber_id
                """);
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_digest_deliveries_subscriber_id", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_digest_deliveries_subscriber_id ON digest_deliveries (subscriber_id)", suppressTransaction: true);

            // NOT VALID first, then VALIDATE: the check of the existing copies runs without blocking writes.
            migrationBuilder.Sql("""
                ALTER TABLE digest_deliveries
                    ADD CONSTRAINT fk_digest_deliveries_digest_editions_edition_id FOREIGN KEY (edition_id) REFERENCES digest_editions (id) ON DELETE RESTRICT NOT VALID,
                    ADD CONSTRAINT fk_digest_deliveries_subscribers_subscriber_id FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE RESTRICT NOT VALID
                """);
            migrationBuilder.Sql("ALTER TABLE digest_deliveries VALIDATE CONSTRAINT fk_digest_deliveries_digest_editions_edition_id");
            migrationBuilder.Sql("ALTER TABLE digest_deliveries VALIDATE CONSTRAINT fk_digest_deliveries_subscribers_subscriber_id");
        }
    }
}
