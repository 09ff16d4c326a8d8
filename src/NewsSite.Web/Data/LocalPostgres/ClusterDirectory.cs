using System.Security.Cryptography;
using System.Text;

namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// The folders of a local cluster: <c>cluster/</c> (PostgreSQL's data) and <c>password</c> (its
/// generated superuser password) under one root. When NewsSite runs as root, the data folder
/// belongs to the <c>postgres</c> user; if that user cannot reach it (a checkout under /root,
/// say), the data lives under /var/tmp and <c>cluster</c> becomes a link to it.
/// </summary>
internal sealed class ClusterDirectory
{
    private readonly string _root;

    private ClusterDirectory(string root, string dataPath)
    {
        _root = root;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public string LogPath => Path.Combine(DataPath, "server.log");

    public static ClusterDirectory Prepare(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            var dataPath = Path.Combine(root, "cluster");
            if (PostgresCommandRunner.RunningAsRoot)
            {
                dataPath = ReachableByServiceUser(dataPath);
            }
            else
            {
                Directory.CreateDirectory(dataPath);
            }
            // PostgreSQL refuses a data folder that others can read.
            OwnerOnly(dataPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return new ClusterDirectory(root, dataPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseSetupException(
                $"The folder '{root}' cannot be used for NewsSite's local PostgreSQL data: {e.Message} " +
                "Make it writable for the user running NewsSite, or delete it. " + DatabaseSetupException.Remedies, e);
        }
    }

    public string ReadOrCreatePassword()
    {
        var passwordFile = Path.Combine(_root, "password");
        if (File.Exists(passwordFile))
        {
            return File.ReadAllText(passwordFile).Trim();
        }
        if (File.Exists(Path.Combine(DataPath, "PG_VERSION")))
        {
            throw new DatabaseSetupException(
                $"The PostgreSQL cluster in '{DataPath}' has no password file beside it, so NewsSite cannot sign in to it. " +
                $"Delete '{_root}' to start with a fresh local database. " + DatabaseSetupException.Remedies);
        }
        var password = LocalPostgresCluster.NewPassword();
        File.WriteAllText(passwordFile, password);
        OwnerOnly(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    public string LogTail(int lines = 15)
    {
        if (!File.Exists(LogPath))
        {
            return "(no log was written)";
        }
        return string.Join('\n', File.ReadLines(LogPath).TakeLast(lines));
    }

    private static string ReachableByServiceUser(string dataPath)
    {
        var linkTarget = new DirectoryInfo(dataPath).LinkTarget;
        if (linkTarget is not null)
        {
            return linkTarget;
        }
        Directory.CreateDirectory(dataPath);
        GiveToServiceUser(dataPath);
        if (ServiceUserCanWrite(dataPath))
        {
            return dataPath;
        }
        var fallback = Path.Combine("/var/tmp", "newssite-postgres-" + ShortHash(Path.GetFullPath(dataPath)));
        Directory.CreateDirectory(fallback);
        GiveToServiceUser(fallback);
        Directory.Delete(dataPath);
        Directory.CreateSymbolicLink(dataPath, fallback);
        return fallback;
    }

    private static void GiveToServiceUser(string path)
    {
        var user = PostgresCommandRunner.ServiceUser;
        var result = PostgresCommandRunner.Run("chown", ["-R", $"{user}:{user}", path]);
        if (!result.Succeeded)
        {
            throw new DatabaseSetupException(
                $"NewsSite runs as root, so its local PostgreSQL must run as the '{user}' user, but '{path}' could not be given to that user: " +
                result.Describe() + " " + DatabaseSetupException.Remedies);
        }
    }

    private static bool ServiceUserCanWrite(string path) =>
        PostgresCommandRunner.Run("runuser", ["-u", PostgresCommandRunner.ServiceUser, "--", "test", "-w", path, "-a", "-x", path]).Succeeded;

    private static void OwnerOnly(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
