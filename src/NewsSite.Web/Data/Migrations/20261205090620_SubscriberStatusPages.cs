using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubscriberStatusPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_subscribers_status_id",
                table: "subscribers",
                columns: new[] { "status", "id" })
                .Annotation("Npgsql:CreatedConcurrently", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_subscribers_status_id", suppressTransaction: true);
        }
    }
}
