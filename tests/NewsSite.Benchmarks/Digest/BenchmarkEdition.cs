using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// A digest edition made and released by SQL that mirrors the site's EditionBuilder and
/// EditionRelease, so the benchmark needs no admin session and the site no extra switch: a draft
/// with the chosen articles, then, in one transaction, a delivery row per active subscriber of its
/// frequency (Message-ID fixed per edition and subscriber) and the edition marked as sending.
/// </summary>
public static class BenchmarkEdition
{
    // The site's default From address is newsroom@localhost; the Message-IDs use its domain, as EditionRelease does.
    private const string MessageIdDomain = "localhost";

    public static async Task<long> CreateDraftAsync(string connectionString, string frequency, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            WITH edition AS (
                INSERT INTO digest_editions (frequency, period_key, status, subject, intro, since, until, created_at)
                VALUES (@frequency, 'benchmark', 'Draft', 'NewsSite: the benchmark''s stories', '', now() - interval '1 day', now(), now())
                RETURNING id),
            articles AS (
                INSERT INTO digest_edition_articles (edition_id, article_id, position)
                SELECT edition.id, a.article_id, a.position FROM edition, unnest(@articles) WITH ORDINALITY AS a(article_id, position))
            SELECT id FROM edition
            """, connection);
        insert.Parameters.AddWithValue("frequency", frequency);
        insert.Parameters.AddWithValue("articles", articleIds.ToArray());
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <returns>How many deliveries were queued.</returns>
    public static async Task<int> ReleaseAsync(string connectionString, long editionId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var queue = new NpgsqlCommand("""
            INSERT INTO digest_deliveries (edition_id, subscriber_id, status, message_id, attempts, next_attempt_at)
            SELECT e.id, s.id, 'Queued', 'digest-' || e.id || '-' || s.id || '@' || @domain, 0, now()
            FROM digest_editions e JOIN subscribers s ON s.status = 'Active' AND s.frequency = e.frequency
            WHERE e.id = @edition
            """, connection, transaction);
        queue.Parameters.AddWithValue("domain", MessageIdDomain);
        queue.Parameters.AddWithValue("edition", editionId);
        var queued = await queue.ExecuteNonQueryAsync(cancellationToken);
        await using var release = new NpgsqlCommand(
            "UPDATE digest_editions SET status = 'Sending', released_at = now() WHERE id = @edition", connection, transaction);
        release.Parameters.AddWithValue("edition", editionId);
        await release.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }
}
