namespace NewsSite.Benchmarks;

/// <summary>The load generator and the static-file reference the benchmark cannot run without.</summary>
public static class Prerequisites
{
    public const string Wrk = "wrk";
    public const string Nginx = "nginx";

    // Debian installs nginx in /usr/sbin, which is not on an ordinary user's PATH.
    private static readonly string[] DigestPrograms = ["smtp-sink", "smtp-source"];

    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/usr/local/sbin"];

    public static IReadOnlyList<string> Missing() =>
        new[] { Wrk, Nginx }.Where(program => Locate(program) is null).ToList();

    public static string Path(string program) =>
        Locate(program) ?? throw new BenchmarkException($"'{program}' is not installed: apt-get install wrk nginx");

    /// <summary>Postfix's smtp-sink and smtp-source, which the digest benchmark sends to and compares with.</summary>
    public static IReadOnlyList<string> MissingForDigest() =>
        DigestPrograms.Where(program => Locate(program) is null).ToList();

    private static string? Locate(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(ExtraDirectories)
            .Select(directory => System.IO.Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
