using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsSite.Web.Data;

/// <summary>
/// Runs one hand-written SQL statement on the context's connection, for the few reader pages
/// whose queries are worth writing by hand. Parameters are positional ($1, $2…), which spares
/// Npgsql from parsing the text on every call.
/// </summary>
public static class RawSqlQuery
{
    public static Task<T> ReadAsync<T>(
        NewsDbContext db, string sql, object[] parameters, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        // The same retry on a transient failure (a restarting server) as the site's other queries.
        db.Database.CreateExecutionStrategy().ExecuteAsync(cancellationToken, token => RunAsync(db, sql, parameters, read, token));

    /// <summary>
    /// Like <see cref="ReadAsync{T}"/> for a reader that sends rows on as they arrive (to a
    /// response), without retrying: what it sent before a failure cannot be taken back.
    /// </summary>
    public static Task StreamAsync(
        NewsDbContext db, string sql, object[] parameters, Func<DbDataReader, CancellationToken, Task> read, CancellationToken cancellationToken) =>
        RunAsync(db, sql, parameters, async (reader, token) => { await read(reader, token); return true; }, cancellationToken);

    private static async Task<T> RunAsync<T>(
        NewsDbContext db, string sql, object[] parameters, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
