using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks.Report;

/// <summary>The versions of the programs that took part, for the report.</summary>
public static partial class ToolVersions
{
    public static string Describe(string postgresVersion) =>
        $".NET {Environment.Version}, PostgreSQL {postgresVersion}, nginx {Of(Prerequisites.Nginx, NginxVersion())}, wrk {Of(Prerequisites.Wrk, WrkVersion())}";

    private static string Of(string program, Regex pattern)
    {
        // nginx prints its version to standard error, and wrk -v exits with 1: read both streams, ignore the exit code.
        var startInfo = new ProcessStartInfo(Prerequisites.Path(program), "-v") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(startInfo) ?? throw new BenchmarkException($"Could not start {program}.");
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd() + error.Result;
        process.WaitForExit();
        return pattern.Match(text) is { Success: true } match ? match.Groups[1].Value : "(version unknown)";
    }

    [GeneratedRegex(@"nginx/(\S+)")]
    private static partial Regex NginxVersion();

    [GeneratedRegex(@"^wrk (\S+)")]
    private static partial Regex WrkVersion();
}
