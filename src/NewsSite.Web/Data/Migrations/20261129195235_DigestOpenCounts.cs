using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DigestOpenCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "count_digest_opens",
                table: "site_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "open_count",
                table: "digest_editions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "count_digest_opens",
                table: "site_settings");

            migrationBuilder.DropColumn(
                name: "open_count",
                table: "digest_editions");
        }
    }
}
