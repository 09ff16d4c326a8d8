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

    /// <summary>Polls until nothing is left to send, sampling <paramref name="sample"/> each time (the site's memory, say).</summary>
    public static async Task<DeliveryCounts> WaitUntilDoneAsync(string connectionString, long editionId, TimeSpan timeout, Action sample, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            sample();
            var counts = await ReadAsync(connectionString, editionId, cancellationToken);
            if (counts.Unfinished == 0)
            {
                return counts;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new BenchmarkException($"The edition was not sent within {timeout.TotalMinutes:0} minutes: {counts}.");
            }
            await Task.Delay(100, cancellationToken);
        }
    }
}
