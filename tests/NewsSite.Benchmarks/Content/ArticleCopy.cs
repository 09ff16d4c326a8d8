using Npgsql;
using NpgsqlTypes;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Writes generated articles with PostgreSQL's binary COPY, many times faster than inserts through
/// EF Core, with the ids they were given, so their tags are linked by id in a second COPY. The
/// search vector, a generated column, is left to PostgreSQL.
/// </summary>
public static class ArticleCopy
{
    private static readonly (string Column, NpgsqlDbType Type, Func<GeneratedArticle, object?> Value)[] Columns =
    [
        ("id", NpgsqlDbType.Integer, a => a.Id),
        ("title", NpgsqlDbType.Varchar, a => a.Text.Title),
        ("slug", NpgsqlDbType.Varchar, a => a.Text.Slug),
        ("summary", NpgsqlDbType.Varchar, a => a.Text.Summary),
        ("body_markdown", NpgsqlDbType.Text, a => a.Text.BodyMarkdown),
        ("body_html", NpgsqlDbType.Text, a => a.Text.BodyHtml),
        ("section_id", NpgsqlDbType.Integer, a => a.SectionId),
        ("author_id", NpgsqlDbType.Integer, a => a.AuthorId),
        ("hero_image_id", NpgsqlDbType.Integer, a => a.Hero?.Id),
        ("hero_alt_text", NpgsqlDbType.Varchar, a => a.Hero?.AltText ?? ""),
        ("hero_caption", NpgsqlDbType.Varchar, a => a.Hero?.Caption ?? ""),
        ("hero_credit", NpgsqlDbType.Varchar, a => a.Hero?.Credit ?? ""),
        // Stored as the enum's name (HasConversion<string>() in ArticleConfiguration).
        ("status", NpgsqlDbType.Varchar, a => a.Status.ToString()),
        ("is_featured", NpgsqlDbType.Boolean, _ => false),
        ("featured_rank", NpgsqlDbType.Integer, _ => 0),
        ("seo_title", NpgsqlDbType.Varchar, _ => ""),
        ("seo_description", NpgsqlDbType.Varchar, _ => ""),
        ("word_count", NpgsqlDbType.Integer, a => a.Text.WordCount),
        ("created_at", NpgsqlDbType.TimestampTz, a => a.UpdatedAt),
        ("updated_at", NpgsqlDbType.TimestampTz, a => a.UpdatedAt),
        ("published_at", NpgsqlDbType.TimestampTz, a => a.PublishedAt),
    ];

    /// <summary>Copies <paramref name="articles"/> in one COPY, then their tag links in another.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<GeneratedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var copy = $"COPY articles ({string.Join(", ", Columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var article in articles)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var (_, type, value) in Columns)
                {
                    await (value(article) is { } present ? importer.WriteAsync(present, type, cancellationToken) : importer.WriteNullAsync(cancellationToken));
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        await using (var links = await connection.BeginBinaryImportAsync("COPY article_tags (article_id, tags_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var article in articles)
            {
                foreach (var tag in article.TagIds)
                {
                    await links.WriteRowAsync(cancellationToken, article.Id, tag);
                }
            }
            await links.CompleteAsync(cancellationToken);
        }
    }
}
