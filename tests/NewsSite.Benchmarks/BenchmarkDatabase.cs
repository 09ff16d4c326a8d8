using NewsSite.Web.Data.LocalPostgres;
using Npgsql;

namespace NewsSite.Benchmarks;

/// <summary>
/// A private PostgreSQL for one run, started with the tests' throwaway settings (fsync and
/// synchronous commit off): the site only reads while it is measured, so durability does not
/// change the figures, and seeding is quicker.
/// </summary>
public sealed class BenchmarkDatabase : IDisposable
{
    private const string DatabaseName = "newssite_benchmark";
    private readonly LocalPostgresCluster _cluster;

    private BenchmarkDatabase(LocalPostgresCluster cluster) => _cluster = cluster;

    public string ConnectionString => _cluster.ConnectionString(DatabaseName);

    /// <summary>The server settings the launcher writes, for the report.</summary>
    public static string Settings =>
        string.Join(", ", ClusterSettings.Throwaway.ConfigurationLines().Split('\n').Where(line => line.Contains(" = ", StringComparison.Ordinal)));

    public static BenchmarkDatabase Start(string root)
    {
        var cluster = LocalPostgresCluster.Start(root, ClusterSettings.Throwaway);
        try
        {
            cluster.CreateDatabaseIfMissing(DatabaseName);
            return new BenchmarkDatabase(cluster);
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

    /// <summary>The server's main process, from the first line of postmaster.pid (PostgreSQL's documented layout); its backends are its children.</summary>
    public int PostmasterProcessId =>
        int.Parse(File.ReadLines(Path.Combine(_cluster.DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string> ServerVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection.PostgreSqlVersion.ToString();
    }

    public void Dispose() => _cluster.Stop();
}
