using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchLexicon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "search_lexicon_queue",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_lexicon_queue", x => x.article_id);
                    table.ForeignKey(
                        name: "fk_search_lexicon_queue_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_words_word_trigrams",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // Every path that publishes an article (the editor, the scheduler, an import, SQL by
            // hand) queues it for the lexicon; the articles already published are queued once here.
            migrationBuilder.Sql("""
                CREATE FUNCTION queue_for_search_lexicon() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_lexicon_queue (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER articles_published_queue_for_search_lexicon AFTER INSERT ON articles
                    FOR EACH ROW WHEN (NEW.status = 'Published') EXECUTE FUNCTION queue_for_search_lexicon();
                CREATE TRIGGER articles_republished_queue_for_search_lexicon AFTER UPDATE OF status ON articles
                    FOR EACH ROW WHEN (NEW.status = 'Published' AND OLD.status <> 'Published') EXECUTE FUNCTION queue_for_search_lexicon();
                INSERT INTO search_lexicon_queue (article_id) SELECT id FROM articles WHERE status = 'Published';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER articles_published_queue_for_search_lexicon ON articles;
                DROP TRIGGER articles_republished_queue_for_search_lexicon ON articles;
                DROP FUNCTION queue_for_search_lexicon();
                """);

            migrationBuilder.DropTable(
                name: "search_lexicon_queue");

            migrationBuilder.DropTable(
                name: "search_words");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
