using NewsSite.Web.Articles;
using Npgsql;
using NpgsqlTypes;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Writes articles with PostgreSQL's binary COPY, many times faster than inserts through EF Core.
/// The identity and the generated search vector are left to PostgreSQL; tags are linked afterwards
/// by slug, since COPY does not return the new ids.
/// </summary>
public sealed class ArticleCopy : IAsyncDisposable
{
    private static readonly (string Column, NpgsqlDbType Type, Func<Article, object?> Value)[] Columns =
    [
        ("title", NpgsqlDbType.Varchar, a => a.Title),
        ("slug", NpgsqlDbType.Varchar, a => a.Slug),
        ("summary", NpgsqlDbType.Varchar, a => a.Summary),
        ("body_markdown", NpgsqlDbType.Text, a => a.BodyMarkdown),
        ("body_html", NpgsqlDbType.Text, a => a.BodyHtml),
        ("section_id", NpgsqlDbType.Integer, a => a.SectionId),
        ("author_id", NpgsqlDbType.Integer, a => a.AuthorId),
        ("hero_image_id", NpgsqlDbType.Integer, a => a.HeroImageId),
        ("hero_alt_text", NpgsqlDbType.Varchar, a => a.HeroAltText),
        ("hero_caption", NpgsqlDbType.Varchar, a => a.HeroCaption),
        ("hero_credit", NpgsqlDbType.Varchar, a => a.HeroCredit),
        // Stored as the enum's name (HasConversion<string>() in ArticleConfiguration).
        ("status", NpgsqlDbType.Varchar, a => a.Status.ToString()),
        ("is_featured", NpgsqlDbType.Boolean, a => a.IsFeatured),
        ("featured_rank", NpgsqlDbType.Integer, a => a.FeaturedRank),
        ("seo_title", NpgsqlDbType.Varchar, a => a.SeoTitle),
        ("seo_description", NpgsqlDbType.Varchar, a => a.SeoDescription),
        ("word_count", NpgsqlDbType.Integer, a => a.WordCount),
        ("created_at", NpgsqlDbType.TimestampTz, a => a.CreatedAt),
        ("updated_at", NpgsqlDbType.TimestampTz, a => a.UpdatedAt),
        ("published_at", NpgsqlDbType.TimestampTz, a => a.PublishedAt),
    ];

    private const string LinkTags = """
        INSERT INTO article_tags (article_id, tags_id)
        SELECT a.id, link.tag_id FROM unnest(@slugs, @tag_ids) AS link(slug, tag_id) JOIN articles a ON a.slug = link.slug
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBinaryImporter _importer;
    private readonly List<string> _linkSlugs = [];
    private readonly List<int> _linkTagIds = [];

    private ArticleCopy(NpgsqlConnection connection, NpgsqlBinaryImporter importer)
    {
        _connection = connection;
        _importer = importer;
    }

    public static async Task<ArticleCopy> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var copy = $"COPY articles ({string.Join(", ", Columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        return new ArticleCopy(connection, await connection.BeginBinaryImportAsync(copy, cancellationToken));
    }

    public async Task WriteAsync(Article article, CancellationToken cancellationToken)
    {
        await _importer.StartRowAsync(cancellationToken);
        foreach (var (_, type, value) in Columns)
        {
            if (value(article) is { } present)
            {
                await _importer.WriteAsync(present, type, cancellationToken);
            }
            else
            {
                await _importer.WriteNullAsync(cancellationToken);
            }
        }
        foreach (var tag in article.Tags)
        {
            _linkSlugs.Add(article.Slug);
            _linkTagIds.Add(tag.Id);
        }
    }

    /// <summary>Commits the rows, then links them to their tags.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _importer.CompleteAsync(cancellationToken);
        await _importer.CloseAsync(cancellationToken);
        await using var link = new NpgsqlCommand(LinkTags, _connection);
        link.Parameters.AddWithValue("slugs", _linkSlugs.ToArray());
        link.Parameters.AddWithValue("tag_ids", _linkTagIds.ToArray());
        await link.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Without <see cref="CompleteAsync"/> first, this cancels the COPY and nothing is written.</summary>
    public ValueTask DisposeAsync() => _importer.DisposeAsync();
}
