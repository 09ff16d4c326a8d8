using System.Diagnostics;

namespace NewsSite.Web.Infrastructure.LocalPostgres;

/// <summary>
/// Finds PostgreSQL's server programs. Debian keeps initdb and pg_ctl off PATH, so after PATH
/// we ask <c>pg_config --bindir</c> and then look in the usual versioned folders.
/// </summary>
internal static class PostgresBinaries
{
    public static string FindBinDirectory()
    {
        var candidates = PathDirectories()
            .Concat(PgConfigBinDirectory())
            .Concat(VersionedInstallDirectories());
        return candidates.FirstOrDefault(HasServerPrograms)
            ?? throw new LocalPostgresException(
                "NewsSite needs a database, and no connection string is configured, so it tried to start " +
                "a private PostgreSQL server, but PostgreSQL's server programs (initdb, pg_ctl) were not found " +
                "on PATH, through 'pg_config --bindir', or under /usr/lib/postgresql. " + LocalPostgresException.Remedies);
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
