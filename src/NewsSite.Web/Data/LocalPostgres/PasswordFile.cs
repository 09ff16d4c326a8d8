namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// initdb reads the superuser's password from a file. This one is readable only by the user
/// that runs PostgreSQL, and is deleted as soon as the cluster exists.
/// </summary>
internal sealed class PasswordFile : IDisposable
{
    private PasswordFile(string path) => Path = path;

    public string Path { get; }

    public static PasswordFile Create(string password)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"newssite-initdb-{Guid.NewGuid():N}");
        File.WriteAllText(path, password + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        if (PostgresCommandRunner.RunningAsRoot)
        {
            PostgresCommandRunner.Run("chown", [PostgresCommandRunner.ServiceUser, path]);
        }
        return new PasswordFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
