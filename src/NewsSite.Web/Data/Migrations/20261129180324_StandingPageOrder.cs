using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StandingPageOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "sort_order",
                table: "site_pages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The footer keeps the order it had when its links were written into the layout.
            migrationBuilder.Sql("UPDATE site_pages SET sort_order = CASE slug WHEN 'about' THEN 0 WHEN 'privacy-policy' THEN 1 WHEN 'terms-of-use' THEN 2 ELSE 3 END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sort_order",
                table: "site_pages");
        }
    }
}
