using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>Confirmed subscribers, written by PostgreSQL itself in one statement rather than sent over one by one.</summary>
public static class BenchmarkSubscribers
{
    /// <summary>
    /// Adds <paramref name="count"/> active subscribers of <paramref name="frequency"/> who chose every
    /// section; <paramref name="group"/> keeps their addresses apart from other groups'.
    /// </summary>
    public static async Task AddAsync(string connectionString, int count, string frequency, string group, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO subscribers (email, status, frequency, section_ids, link_key, source, created_at, confirmed_at)
            SELECT 'reader' || g || '@' || @group || '.example', 'Active', @frequency, '{}', md5(@group || g), 'benchmark', now(), now()
            FROM generate_series(1, @count) AS g
            """, connection);
        insert.Parameters.AddWithValue("group", group);
        insert.Parameters.AddWithValue("frequency", frequency);
        insert.Parameters.AddWithValue("count", count);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
