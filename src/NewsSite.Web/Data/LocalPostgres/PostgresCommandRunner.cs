using System.Diagnostics;

namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>
/// Runs PostgreSQL's programs. PostgreSQL refuses to run as root, so when NewsSite runs as root
/// each program is started as the <c>postgres</c> user through <c>runuser</c>.
/// </summary>
internal sealed class PostgresCommandRunner(string binDirectory)
{
    public const string ServiceUser = "postgres";

    public static bool RunningAsRoot => Environment.IsPrivilegedProcess;

    public CommandResult RunPostgresProgram(string program, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var executable = Path.Combine(binDirectory, program);
        return RunningAsRoot
            ? Run("runuser", ["-u", ServiceUser, "--", executable, .. arguments], timeout)
            : Run(executable, arguments, timeout);
    }

    public static CommandResult Run(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)
            ?? throw new DatabaseSetupException($"Could not start '{fileName}'. " + DatabaseSetupException.Remedies);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(-1, output.Result, "timed out. " + error.Result);
        }
        return new CommandResult(process.ExitCode, output.Result, error.Result);
    }
}

internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
    public string Describe() => $"{Output}\n{Error}".Trim();
}
