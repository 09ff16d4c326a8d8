using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffRolesInSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A database whose roles were created by an earlier version keeps them under their old ids.
            migrationBuilder.Sql("""
                INSERT INTO staff_roles (id, concurrency_stamp, name, normalized_name)
                VALUES ('admin', 'admin', 'Admin', 'ADMIN'), ('author', 'author', 'Author', 'AUTHOR'), ('editor', 'editor', 'Editor', 'EDITOR')
                ON CONFLICT DO NOTHING
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM staff_roles WHERE id IN ('admin', 'author', 'editor')");
        }
    }
}
