using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryClaimOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries");

            migrationBuilder.AlterTable(
                name: "digest_deliveries")
                .Annotation("Npgsql:StorageParameter:fillfactor", 60);

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries",
                columns: new[] { "next_attempt_at", "id" },
                filter: "status IN ('Queued', 'Deferred')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries");

            migrationBuilder.AlterTable(
                name: "digest_deliveries")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 60);

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries",
                column: "next_attempt_at",
                filter: "status IN ('Queued', 'Deferred')");
        }
    }
}
