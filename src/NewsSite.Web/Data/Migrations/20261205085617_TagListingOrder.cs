using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <summary>
    /// A tag's page lists its newest articles. Reading them through the tag's rows in
    /// <c>article_tags</c> meant fetching every article of the tag and sorting them (seconds for a
    /// tag on 200,000 articles). Each row now carries its article's publishing time, kept equal by
    /// triggers (so every writer, EF, SQL or COPY, keeps it right), and an index walks a tag's
    /// articles newest first from any cursor. On a live archive: the column is added without a
    /// rewrite, the existing rows are filled in batches that each commit, and the index is built
    /// concurrently; none of it locks out readers or writers for more than a moment.
    /// </summary>
    public partial class TagListingOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE article_tags ADD COLUMN IF NOT EXISTS published_at timestamptz;

                CREATE OR REPLACE FUNCTION article_tags_take_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.published_at := (SELECT published_at FROM articles WHERE id = NEW.article_id);
                    RETURN NEW;
                END $$;
                CREATE OR REPLACE TRIGGER article_tags_take_published_at BEFORE INSERT OR UPDATE OF article_id ON article_tags
                    FOR EACH ROW EXECUTE FUNCTION article_tags_take_published_at();

                CREATE OR REPLACE FUNCTION articles_give_published_at_to_tags() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE article_tags SET published_at = NEW.published_at WHERE article_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE OR REPLACE TRIGGER articles_give_published_at_to_tags AFTER UPDATE OF published_at ON articles
                    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at)
                    EXECUTE FUNCTION articles_give_published_at_to_tags();
                """);

            // Rows written before the triggers, filled 20,000 articles at a time, each batch its own transaction.
            migrationBuilder.Sql("""
                DO $$
                DECLARE
                    next_id int := 0;
                    last_id int := (SELECT coalesce(max(article_id), 0) FROM article_tags);
                BEGIN
                    WHILE next_id < last_id LOOP
                        UPDATE article_tags t SET published_at = a.published_at
                        FROM articles a
                        WHERE a.id = t.article_id AND t.article_id > next_id AND t.article_id <= next_id + 20000
                          AND t.published_at IS DISTINCT FROM a.published_at;
                        next_id := next_id + 20000;
                        COMMIT;
                    END LOOP;
                END $$;
                """, suppressTransaction: true);

            migrationBuilder.Sql(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_article_tags_tags_id_published_at_article_id ON article_tags (tags_id, published_at, article_id);",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS ix_article_tags_tags_id_published_at_article_id;", suppressTransaction: true);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS articles_give_published_at_to_tags ON articles;
                DROP FUNCTION IF EXISTS articles_give_published_at_to_tags();
                DROP TRIGGER IF EXISTS article_tags_take_published_at ON article_tags;
                DROP FUNCTION IF EXISTS article_tags_take_published_at();
                ALTER TABLE article_tags DROP COLUMN IF EXISTS published_at;
                """);
        }
    }
}
