using System.Diagnostics;
using NewsSite.Web.Markdown;
using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Tops the demo newsroom up to the number of published articles asked for, with a twenty-year
/// archive (see <see cref="GeneratedArticles"/>). A million articles take minutes: the articles'
/// indexes are dropped and built again afterwards, and two binary COPY streams run side by side
/// while the program writes the next batches, so both cores are busy.
/// </summary>
public static class BenchmarkContent
{
    private const int BatchSize = 1_000;
    private const int Streams = 2;
    private static readonly string[] BulkTables = ["articles", "article_tags"];

    /// <returns>How many published articles were generated.</returns>
    public static async Task<int> FillAsync(string connectionString, int publishedArticles, CancellationToken cancellationToken)
    {
        var newsroom = await Newsroom.ReadAsync(connectionString, cancellationToken);
        var count = publishedArticles - newsroom.PublishedArticles;
        if (count <= 0)
        {
            return 0;
        }
        var vocabulary = Vocabulary.Load();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ArchiveStaff.AddAsync(connection, vocabulary, cancellationToken);
        newsroom = await Newsroom.ReadAsync(connectionString, cancellationToken);
        var firstId = await NextIdAsync(connection, cancellationToken);
        var articles = new GeneratedArticles(newsroom, vocabulary, count, firstId, DateTimeOffset.UtcNow);
        CheckHtmlIsTheSites(articles);

        var clock = Stopwatch.StartNew();
        var indexes = await SecondaryIndexes.DropAsync(connection, BulkTables, cancellationToken);
        var batches = (articles.Count + BatchSize - 1) / BatchSize;
        var written = 0;
        await Task.WhenAll(Enumerable.Range(0, Streams).Select(stream => Task.Run(async () =>
        {
            await using var copy = new NpgsqlConnection(connectionString);
            await copy.OpenAsync(cancellationToken);
            for (var batch = stream; batch < batches; batch += Streams)
            {
                var first = batch * BatchSize;
                var rows = Enumerable.Range(first, Math.Min(BatchSize, articles.Count - first)).Select(articles.Create).ToList();
                await ArticleCopy.WriteAsync(copy, rows, cancellationToken);
                if (Interlocked.Add(ref written, rows.Count) % 100_000 < rows.Count)
                {
                    Console.WriteLine($"  {written:N0} of {articles.Count:N0} articles written ({clock.Elapsed.TotalMinutes:F1} min)");
                }
            }
        }, cancellationToken)));
        await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))", cancellationToken);
        Console.WriteLine($"  counting their words for search suggestions ({clock.Elapsed.TotalMinutes:F1} min)…");
        await GeneratedLexicon.CountAsync(connection, firstId, cancellationToken);
        Console.WriteLine($"  building the indexes again ({clock.Elapsed.TotalMinutes:F1} min)…");
        await indexes.CreateAsync(connectionString, cancellationToken);
        // Statistics and the visibility map now, rather than autovacuum working through the new rows in the middle of a measurement.
        await ExecuteAsync(connection, "VACUUM (FREEZE, ANALYZE)", cancellationToken);
        Console.WriteLine($"  done in {clock.Elapsed.TotalMinutes:F1} min");
        return count;
    }

    private static async Task<int> NextIdAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand("SELECT coalesce(max(id), 0) + 1 FROM articles", connection);
        return (int)(await read.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The generator writes HTML itself; these must be what the site's own renderer would have stored.</summary>
    private static void CheckHtmlIsTheSites(GeneratedArticles articles)
    {
        var renderer = new MarkdownRenderer();
        foreach (var number in new[] { 0, 1, articles.Count - 1 })
        {
            var text = articles.Create(number).Text;
            if (renderer.ToHtml(text.BodyMarkdown).Trim() != text.BodyHtml.Trim())
            {
                throw new BenchmarkException($"Generated article {number}'s HTML differs from the site's rendering:\n{text.BodyHtml}\n---\n{renderer.ToHtml(text.BodyMarkdown)}");
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
