using NewsSite.Web.Articles;
using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>Tops the demo newsroom up with generated articles until it holds the number of published articles asked for.</summary>
public static class BenchmarkContent
{
    // Rendered in batches, so the whole corpus never sits in memory at once.
    private const int BatchSize = 500;

    /// <returns>How many articles were generated.</returns>
    public static async Task<int> FillAsync(string connectionString, int publishedArticles, CancellationToken cancellationToken)
    {
        var newsroom = await Newsroom.ReadAsync(connectionString, cancellationToken);
        var count = publishedArticles - newsroom.PublishedArticles;
        if (count <= 0)
        {
            return 0;
        }
        var generated = new GeneratedArticles(newsroom, DateTimeOffset.UtcNow);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var copy = await ArticleCopy.BeginAsync(connection, cancellationToken))
        {
            for (var first = 1; first <= count; first += BatchSize)
            {
                var batch = new Article[Math.Min(BatchSize, count - first + 1)];
                var offset = first;
                // Rendering the Markdown is most of the work, so it runs on every core.
                Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => batch[i] = generated.Create(offset + i));
                foreach (var article in batch)
                {
                    await copy.WriteAsync(article, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        // Statistics and the visibility map now, rather than autovacuum working through the new rows in the middle of a measurement.
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection);
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
        return count;
    }
}
