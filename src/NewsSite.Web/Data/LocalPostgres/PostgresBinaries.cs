using System.Diagnostics;

namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// Finds PostgreSQL's server programs. Debian keeps initdb and pg_ctl off PATH, so after PATH
/// we ask <c>pg_config --bindir</c> and then look in the usual versioned folders.
/// </summary>
internal static class PostgresBinaries
{
    /// <param name="configured">A folder named in configuration; when given, it is the only one tried.</param>
    public static string FindBinDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServerPrograms(configured)
                ? configured
                : throw new DatabaseSetupException(
                    $"Database:LocalServerBinDirectory is set to '{configured}', but PostgreSQL's server programs (initdb, pg_ctl) are not there. " +
                    "Point it at the folder 'pg_config --bindir' prints, or remove the setting. " + DatabaseSetupException.Remedies);
        }
        var candidates = PathDirectories()
            .Concat(PgConfigBinDirectory())
            .Concat(VersionedInstallDirectories());
        return candidates.FirstOrDefault(HasServerPrograms)
            ?? throw new DatabaseSetupException(
                "NewsSite needs a database, and no connection string is configured, so it tried to start " +
                "a private PostgreSQL server, but PostgreSQL's server programs (initdb, pg_ctl) were not found " +
                "on PATH, through 'pg_config --bindir', or under /usr/lib/postgresql. " + DatabaseSetupException.Remedies);
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static string[] PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> PgConfigBinDirectory()
    {
        var pgConfig = PathDirectories().Select(d => Path.Combine(d, "pg_config")).FirstOrDefault(File.Exists);
        if (pgConfig is null)
        {
            yield break;
        }
        using var process = Process.Start(new ProcessStartInfo(pgConfig, "--bindir") { RedirectStandardOutput = true });
        var output = process?.StandardOutput.ReadToEnd().Trim();
        process?.WaitForExit();
        if (!string.IsNullOrEmpty(output))
        {
            yield return output;
        }
    }

    private static IEnumerable<string> VersionedInstallDirectories()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return [];
        }
        // Newest major version first: folder names are the major version numbers.
        return Directory.GetDirectories(root)
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin"));
    }
}
