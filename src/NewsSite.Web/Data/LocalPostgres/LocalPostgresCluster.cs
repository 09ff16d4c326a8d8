using System.Security.Cryptography;
using Npgsql;

namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// A private PostgreSQL server started from the machine's own binaries: used by Development when
/// no connection string is configured, and by the tests. It listens on 127.0.0.1 only, on a free
/// port, with a generated password. A server left running by a killed process is reused when it
/// still answers, and restarted when it does not.
/// </summary>
public sealed class LocalPostgresCluster : IDisposable
{
    public const string SuperUser = "newssite";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ClusterDirectory _directory;
    private readonly ClusterSettings _settings;
    private readonly PostgresCommandRunner _runner;
    private readonly string _password;

    private LocalPostgresCluster(ClusterDirectory directory, ClusterSettings settings, PostgresCommandRunner runner, string password)
    {
        _directory = directory;
        _settings = settings;
        _runner = runner;
        _password = password;
    }

    public int Port { get; private set; }

    public string DataDirectory => _directory.DataPath;

    /// <summary>Initialises the cluster if needed and starts it (or adopts one already running).</summary>
    public static LocalPostgresCluster Start(string rootDirectory, ClusterSettings settings)
    {
        var runner = new PostgresCommandRunner(PostgresBinaries.FindBinDirectory(settings.BinDirectory));
        var directory = ClusterDirectory.Prepare(rootDirectory);
        var password = directory.ReadOrCreatePassword();
        var cluster = new LocalPostgresCluster(directory, settings, runner, password);
        cluster.InitialiseIfNeeded();
        cluster.StartOrAdopt();
        return cluster;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    public void CreateDatabaseIfMissing(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }
    }

    public void Stop() =>
        _runner.RunPostgresProgram("pg_ctl", ["stop", "-D", DataDirectory, "-m", _settings.StopMode, "-w"]);

    public void Dispose() => Stop();

    private void InitialiseIfNeeded()
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }
        using var passwordFile = PasswordFile.Create(_password);
        var result = _runner.RunPostgresProgram(
            "initdb",
            ["-D", DataDirectory, "-U", SuperUser, $"--pwfile={passwordFile.Path}", "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"]);
        if (!result.Succeeded)
        {
            throw new DatabaseSetupException(
                $"Could not create a PostgreSQL cluster in '{DataDirectory}': {result.Describe()}\n" +
                "Make sure that folder is empty and writable, or delete it to start afresh. " + DatabaseSetupException.Remedies);
        }
        File.AppendAllText(Path.Combine(DataDirectory, "postgresql.conf"), _settings.ConfigurationLines());
    }

    private void StartOrAdopt()
    {
        if (RunningServer.TryRead(DataDirectory) is { } running)
        {
            Port = running.Port;
            if (RunningServer.Answers(ConnectionString("postgres")))
            {
                return;
            }
            _runner.RunPostgresProgram("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"]);
        }
        Port = FreePort.Find();
        var result = _runner.RunPostgresProgram(
            "pg_ctl",
            ["start", "-D", DataDirectory, "-l", _directory.LogPath, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", $"-p {Port}"],
            timeout: StartTimeout + TimeSpan.FromSeconds(10));
        if (!result.Succeeded)
        {
            throw new DatabaseSetupException(
                $"The local PostgreSQL server in '{DataDirectory}' did not start. Its log ends with:\n{_directory.LogTail()}\n" +
                DatabaseSetupException.Remedies);
        }
    }

    internal static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
}
