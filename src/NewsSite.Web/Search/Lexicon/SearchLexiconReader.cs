using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Search.Lexicon;

/// <summary>
/// Adds the words of newly published articles to the lexicon, a batch at a time, from the queue
/// that publishing fills (<see cref="SearchLexiconQueueEntry"/>). An article's words are counted
/// and its queue row removed in one transaction, so a crash loses nothing and counts nothing
/// twice; with several instances, each locks its own batch. Articles whose time has not come yet
/// stay queued: the lexicon, and so "Did you mean", never shows a word from an embargoed article.
/// </summary>
public sealed class SearchLexiconReader(NewsDbContext db, TimeProvider time)
{
    public const int BatchSize = 500;

    /// <returns>How many articles the batch read; 0 when the lexicon has caught up.</returns>
    public Task<int> ReadNextBatchAsync(CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, ReadInOneTransactionAsync);

    private async Task<int> ReadInOneTransactionAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<int>($"""
            SELECT q.article_id AS "Value" FROM search_lexicon_queue q JOIN articles a ON a.id = q.article_id
            WHERE a.status = 'Published' AND a.published_at <= {time.GetUtcNow()}
            ORDER BY q.article_id LIMIT {BatchSize} FOR UPDATE OF q SKIP LOCKED
            """).ToArrayAsync(cancellationToken);
        if (ids.Length == 0)
        {
            return 0;
        }
        await db.Database.ExecuteSqlRawAsync(CountWordsSql("a.id = ANY({0})"), [ids], cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM search_lexicon_queue WHERE article_id = ANY({ids})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids.Length;
    }

    /// <summary>
    /// Counts the words of the articles <paramref name="which"/> selects (a condition on <c>a</c>)
    /// into the lexicon. tsvector_to_array gives each article's distinct words once; only plain
    /// words are kept (no numbers, addresses or stray syntax).
    /// </summary>
    public static string CountWordsSql(string which) => $"""
        INSERT INTO search_words (word, articles)
        SELECT word, count(*) FROM articles a,
            unnest(tsvector_to_array(to_tsvector('simple', a.title || ' ' || a.summary || ' ' || a.body_markdown))) AS word
        WHERE {which} AND length(word) BETWEEN 3 AND 40 AND word ~ '^[[:alpha:]]+$'
        GROUP BY word
        ON CONFLICT (word) DO UPDATE SET articles = search_words.articles + excluded.articles
        """;
}
