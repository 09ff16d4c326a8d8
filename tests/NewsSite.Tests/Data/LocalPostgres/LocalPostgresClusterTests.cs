using NewsSite.Web.Data;
using NewsSite.Web.Data.LocalPostgres;
using Npgsql;

namespace NewsSite.Tests.Data.LocalPostgres;

public sealed class LocalPostgresClusterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newssite-launcher-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Cluster_left_running_by_a_killed_process_is_reused_with_its_data()
    {
        var first = LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway);
        first.CreateDatabaseIfMissing("kept");
        Execute(first.ConnectionString("kept"), "CREATE TABLE note (text text); INSERT INTO note VALUES ('still here')");
        // The first owner never stops its cluster, as when the site is killed with SIGKILL.

        using var second = LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway);

        Assert.Equal(first.Port, second.Port);
        Assert.Equal("still here", Scalar(second.ConnectionString("kept"), "SELECT text FROM note"));
    }

    [Fact]
    public void Stopped_cluster_starts_again_on_a_new_free_port_with_its_data()
    {
        var first = LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway with { StopMode = "fast" });
        first.CreateDatabaseIfMissing("kept");
        first.Stop();

        using var second = LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway);

        Assert.Equal(1, Scalar(second.ConnectionString("kept"), "SELECT 1"));
    }

    [Fact]
    public void Listens_on_loopback_only_and_requires_its_password()
    {
        using var cluster = LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway);

        Assert.Equal("127.0.0.1", Scalar(cluster.ConnectionString("postgres"), "SHOW listen_addresses"));
        var wrongPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("postgres")) { Password = "guess" }.ConnectionString;
        var error = Assert.Throws<PostgresException>(() => Scalar(wrongPassword, "SELECT 1"));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
    }

    [Fact]
    public void Missing_server_programs_give_one_message_that_names_the_fixes()
    {
        var error = Assert.Throws<DatabaseSetupException>(() =>
            LocalPostgresCluster.Start(_root, ClusterSettings.Throwaway with { BinDirectory = "/nonexistent/postgresql/bin" }));

        Assert.Contains("initdb", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__NewsSite", error.Message, StringComparison.Ordinal);
        Assert.Contains("docker compose up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_folder_that_cannot_be_created_gives_a_clear_message()
    {
        var error = Assert.Throws<DatabaseSetupException>(() =>
            LocalPostgresCluster.Start("/proc/newssite-data", ClusterSettings.Throwaway));

        Assert.Contains("/proc/newssite-data", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be used", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
