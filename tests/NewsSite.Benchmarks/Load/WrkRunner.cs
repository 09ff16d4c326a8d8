using System.Globalization;
using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Load;

/// <summary>
/// Runs wrk against one address: a warm-up whose figures are thrown away (JIT, connection pools,
/// caches), then the measured run. Both are bounded by wrk's own duration and, should wrk hang,
/// by a process timeout.
/// </summary>
public sealed class WrkRunner(BenchmarkOptions options, Workspace workspace)
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    public string Describe() =>
        $"wrk -t{options.Threads} -c{options.Connections} -d{Seconds(options.Duration)} --latency, after a {options.WarmUp.TotalSeconds} s warm-up run";

    /// <summary>Warms the address up, then measures it; with a <c>cookie</c>, every request sends it (pages behind a sign-in).</summary>
    public async Task<(WrkResult Load, CpuUse Cpu)> MeasureAsync(string scenario, Uri address, CpuGroups cpuGroups, CancellationToken cancellationToken, string? cookie = null)
    {
        Console.WriteLine($"Measuring {scenario}: {address.AbsoluteUri}");
        await RunAsync(address, options.WarmUp, cookie, workspace.Log("wrk-warm-up"), cancellationToken);
        var before = CpuSample.Take(cpuGroups);
        var output = await RunAsync(address, options.Duration, cookie, workspace.Log($"wrk-{LogName(scenario)}"), cancellationToken);
        var cpu = CpuSample.Take(cpuGroups).Since(before);
        try
        {
            return (WrkOutput.Parse(output), cpu);
        }
        catch (FormatException e)
        {
            throw new BenchmarkException($"Could not read wrk's output for {scenario}: {e.Message}\n{output}", e);
        }
    }

    private Task<string> RunAsync(Uri address, TimeSpan duration, string? cookie, string logPath, CancellationToken cancellationToken)
    {
        var arguments = new List<string>
        {
            $"-t{options.Threads}", $"-c{options.Connections}", $"-d{Seconds(duration)}", "--latency", address.AbsoluteUri,
        };
        if (cookie is not null)
        {
            arguments.AddRange(["-H", "Cookie: " + cookie]);
        }
        return ChildProcess.RunAsync(new Command(Prerequisites.Path(Prerequisites.Wrk), arguments), logPath, duration + Slack, cancellationToken);
    }

    private static string Seconds(TimeSpan duration) => ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";

    private static string LogName(string scenario) =>
        new(scenario.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
