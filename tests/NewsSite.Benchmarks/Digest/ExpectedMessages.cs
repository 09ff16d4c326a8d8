using Npgsql;

namespace NewsSite.Benchmarks.Digest;

/// <summary>What the database says each recipient of an edition must get: their address and their copy's Message-ID.</summary>
public static class ExpectedMessages
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(string connectionString, long editionId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("""
            SELECT d.message_id, s.email FROM digest_deliveries d JOIN subscribers s ON s.id = d.subscriber_id WHERE d.edition_id = @edition
            """, connection);
        select.Parameters.AddWithValue("edition", editionId);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            expected[rows.GetString(0)] = rows.GetString(1);
        }
        return expected;
    }
}
