using System.Diagnostics;

namespace NewsSite.Tests;

/// <summary>Runs the built site as its own process, as an operator would from the command line.</summary>
internal sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _error;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiteProcess(IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }
        _process = Process.Start(startInfo)!;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                _started.TrySetResult();
            }
        };
        _process.BeginOutputReadLine();
        _error = _process.StandardError.ReadToEndAsync();
    }

    public int ProcessId => _process.Id;

    public static SiteProcess Start(IEnumerable<string> arguments, IDictionary<string, string> environment) => new(arguments, environment);

    /// <summary>Runs the site to completion and returns its exit code and error output.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        using var site = Start(arguments, environment);
        return (await site.WaitForExitAsync(), await site._error);
    }

    public Task WaitUntilStartedAsync() => _started.Task.WaitAsync(TimeSpan.FromMinutes(1));

    /// <summary>Asks the site to stop, as Ctrl+C or a service manager does.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
