using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>An edition's deliveries as the database records them.</summary>
public sealed record DeliveryCounts(int Sent, int Unfinished, int Failed)
{
    public static async Task<DeliveryCounts> ReadAsync(string connectionString, long editionId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE status = 'Sent')::int,
                   count(*) FILTER (WHERE status IN ('Queued', 'Deferred'))::int,
                   count(*) FILTER (WHERE status IN ('Failed', 'Skipped'))::int
            FROM digest_deliveries WHERE edition_id = @edition
            """, connection);
        count.Parameters.AddWithValue("edition", editionId);
        await using var row = await count.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        return new DeliveryCounts(row.GetInt32(0), row.GetInt32(1), row.GetInt32(2));
    }

    /// <summary>
    /// Polls until the site marks the edition sent (which it does once no copy is left to send),
    /// sampling <paramref name="sample"/> each time (the site's memory, say), then counts. The poll
    /// reads one row: counting 100,000 copies ten times a second would load the database being measured.
    /// </summary>
    public static async Task<DeliveryCounts> WaitUntilDoneAsync(string connectionString, long editionId, TimeSpan timeout, Action sample, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var status = new NpgsqlCommand("SELECT status FROM digest_editions WHERE id = @edition", connection);
        status.Parameters.AddWithValue("edition", editionId);
        while (true)
        {
            sample();
            if ((string?)await status.ExecuteScalarAsync(cancellationToken) == "Sent")
            {
                return await ReadAsync(connectionString, editionId, cancellationToken);
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new BenchmarkException($"The edition was not sent within {timeout.TotalMinutes:0} minutes: {await ReadAsync(connectionString, editionId, cancellationToken)}.");
            }
            await Task.Delay(100, cancellationToken);
        }
    }
}
