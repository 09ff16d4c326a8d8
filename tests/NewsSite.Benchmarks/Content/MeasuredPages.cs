using System.Globalization;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Slugs;
using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// The addresses measured besides the article, read from the database the run uses, so the same
/// rows make sense at 10,000 and at 1,000,000 articles: the busiest section, author and tag, a
/// page 80% of the way down the section's and the author's archives (reached by following
/// "Older" links), and a word about ten articles use.
/// </summary>
public sealed record MeasuredPages(
    string Section, int SectionId, string SectionDeep, string Author, string AuthorDeep, string Tag, string RareWord)
{
    private const double DeepShare = 0.8;

    // The generator's vocabulary puts these words at known ranks (see Content/news-words.txt).
    public const string CommonWord = "harbour";
    public const string MidFrequencyWord = "election";
    public const string Phrase = "\"night ferry\"";
    public const string MisspeltWord = "elecion";

    public static async Task<MeasuredPages> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (sectionId, section) = await BusiestAsync(connection, "sections", "SELECT section_id FROM articles WHERE status = 'Published'", cancellationToken);
        var (authorId, author) = await BusiestAsync(connection, "authors", "SELECT author_id FROM articles WHERE status = 'Published'", cancellationToken);
        var (_, tag) = await BusiestAsync(connection, "tags", "SELECT tags_id FROM article_tags", cancellationToken);
        var rareWord = await ScalarAsync<string>(connection,
            "SELECT word FROM search_words WHERE length(word) >= 6 ORDER BY abs(articles - 10), word LIMIT 1", cancellationToken);
        return new MeasuredPages(
            PublicUrls.Section(section), sectionId, PublicUrls.Before(PublicUrls.Section(section), await DeepCursorAsync(connection, "section_id", sectionId, cancellationToken)),
            PublicUrls.Author(author), PublicUrls.Before(PublicUrls.Author(author), await DeepCursorAsync(connection, "author_id", authorId, cancellationToken)),
            PublicUrls.Tag(tag), rareWord);
    }

    public static string Search(string query) => PublicUrls.Search(query);

    /// <summary>The row of <paramref name="table"/> whose id <paramref name="ownerIds"/> (a one-column query) names most often.</summary>
    private static async Task<(int Id, string Slug)> BusiestAsync(NpgsqlConnection connection, string table, string ownerIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT o.id, o.slug FROM {table} o
            JOIN (SELECT owner_id, count(*) AS articles FROM ({ownerIds}) AS ids (owner_id) GROUP BY owner_id) c ON c.owner_id = o.id
            ORDER BY c.articles DESC, o.id LIMIT 1
            """, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt32(0), reader.GetString(1))
            : throw new BenchmarkException($"No published article has a row in {table}.");
    }

    /// <summary>The cursor of the article <see cref="DeepShare"/> of the way down the owner's newest-first list, as an "Older" link would carry it.</summary>
    private static async Task<KeysetCursor> DeepCursorAsync(NpgsqlConnection connection, string column, int ownerId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            WITH live AS (SELECT published_at, id FROM articles WHERE {column} = @owner AND status = 'Published' AND published_at <= now())
            SELECT published_at, id FROM live ORDER BY published_at DESC, id DESC
            OFFSET (SELECT floor(count(*) * {DeepShare.ToString(CultureInfo.InvariantCulture)}) FROM live) LIMIT 1
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("owner", ownerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new KeysetCursor(reader.GetFieldValue<DateTimeOffset>(0), reader.GetInt32(1))
            : throw new BenchmarkException($"No published article for {column} {ownerId}.");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync(cancellationToken) is T value
            ? value
            : throw new BenchmarkException($"The database gave nothing for: {sql}");
    }
}
