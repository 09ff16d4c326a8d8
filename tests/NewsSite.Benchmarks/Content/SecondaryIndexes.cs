using Npgsql;

namespace NewsSite.Benchmarks.Content;

/// <summary>
/// The indexes of a table other than its primary key, dropped before a bulk load and built again
/// after it: building an index once over a million rows is many times quicker than keeping it up
/// to date row by row, above all the full-text GIN index. Read from the catalogue, so whatever
/// indexes the migrations made come back exactly as they were.
/// </summary>
public sealed class SecondaryIndexes
{
    private readonly IReadOnlyList<(string Name, string Definition)> _indexes;

    private SecondaryIndexes(IReadOnlyList<(string Name, string Definition)> indexes) => _indexes = indexes;

    public static async Task<SecondaryIndexes> DropAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var indexes = new List<(string, string)>();
        await using (var read = new NpgsqlCommand("""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(@tables) AND NOT i.indisprimary AND t.relnamespace = 'public'::regnamespace
            """, connection))
        {
            read.Parameters.AddWithValue("tables", tables);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        return new SecondaryIndexes(indexes);
    }

    /// <summary>Builds the indexes again, two at a time (one per core), with memory enough to sort in one pass.</summary>
    public async Task CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var queue = new Queue<string>(_indexes.Select(i => i.Definition));
        async Task BuildAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var memory = new NpgsqlCommand("SET maintenance_work_mem = '2GB'", connection))
            {
                await memory.ExecuteNonQueryAsync(cancellationToken);
            }
            while (true)
            {
                string definition;
                lock (queue)
                {
                    if (queue.Count == 0)
                    {
                        return;
                    }
                    definition = queue.Dequeue();
                }
                await using var create = new NpgsqlCommand(definition, connection) { CommandTimeout = 0 };
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await Task.WhenAll(BuildAsync(), BuildAsync());
    }
}
