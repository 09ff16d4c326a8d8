using NewsSite.Web.Search.Lexicon;
using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// Counts the generated articles' words into the search lexicon in one statement, with the site's
/// own counting SQL, and takes them off the lexicon's queue. Left to the site's worker, a million
/// queued articles would be read 500 at a time while the pages are measured.
/// </summary>
public static class GeneratedLexicon
{
    public static async Task CountAsync(NpgsqlConnection connection, int firstGeneratedId, CancellationToken cancellationToken)
    {
        const string generatedAndLive = "a.id >= @first AND a.status = 'Published' AND a.published_at <= now()";
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in new[]
        {
            SearchLexiconReader.CountWordsSql(generatedAndLive),
            $"DELETE FROM search_lexicon_queue q USING articles a WHERE a.id = q.article_id AND {generatedAndLive}",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("first", firstGeneratedId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
