using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthorBylineOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "staff_user_id",
                table: "authors",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_authors_staff_user_id",
                table: "authors",
                column: "staff_user_id",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_authors_staff_users_staff_user_id",
                table: "authors",
                column: "staff_user_id",
                principalTable: "staff_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_authors_staff_users_staff_user_id",
                table: "authors");

            migrationBuilder.DropIndex(
                name: "ix_authors_staff_user_id",
                table: "authors");

            migrationBuilder.DropColumn(
                name: "staff_user_id",
                table: "authors");
        }
    }
}
