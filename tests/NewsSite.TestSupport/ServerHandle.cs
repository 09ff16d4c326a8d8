using Npgsql;

namespace NewsSite.TestSupport;

/// <summary>A PostgreSQL server the tests may create and drop databases on.</summary>
internal sealed class ServerHandle(Func<string, string> connectionStringFor)
{
    public static ServerHandle External(string connectionString) => new(database =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString);

    public string ConnectionString(string database) => connectionStringFor(database);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
