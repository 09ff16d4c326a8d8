using System.Globalization;
using System.Text;
using NewsSite.Benchmarks.Load;

namespace NewsSite.Benchmarks.Report;

/// <summary>The run's one table, with the conditions and the machine it was measured on, as Markdown for the console and the README.</summary>
public sealed class BenchmarkReport
{
    /// <summary>From the product issue: the site's resident memory must stay below this under load.</summary>
    public const long PeakMemoryTargetBytes = 400L * 1024 * 1024;

    public required WrkResult Reference { get; init; }

    public required IReadOnlyList<ScenarioRow> Rows { get; init; }

    public required long PeakMemoryBytes { get; init; }

    public required IReadOnlyList<string> Conditions { get; init; }

    public required MachineDescription Machine { get; init; }

    public required string Versions { get; init; }

    public required DateTimeOffset Date { get; init; }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | single request | req/s | p50 | p99 | ratio to nginx | target | met? |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var row in Rows)
        {
            text.AppendLine(Row(row));
        }
        text.AppendLine();
        text.AppendLine("Where the CPU went during each measured run, in cores (the machine has " + Machine.Cores.ToString(CultureInfo.InvariantCulture) + "):");
        text.AppendLine();
        text.AppendLine("| scenario | site | PostgreSQL | wrk, nginx and this program | other programs |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var row in Rows)
        {
            var cpu = row.Cpu;
            text.AppendLine(Invariant($"| {row.Scenario} | {cpu.Site:0.00} | {cpu.Postgres:0.00} | {cpu.Load:0.00} | {cpu.Other:0.00} |"));
        }
        text.AppendLine();
        var memoryMet = PeakMemoryBytes < PeakMemoryTargetBytes ? "met" : "NOT met";
        text.AppendLine(Invariant($"Site peak memory (VmHWM, the higher of its two runs): **{Megabytes(PeakMemoryBytes)}**; target < {Megabytes(PeakMemoryTargetBytes)}: {memoryMet}."));
        text.AppendLine();
        foreach (var condition in Conditions)
        {
            text.AppendLine("- " + condition);
        }
        text.AppendLine();
        text.AppendLine(Invariant($"Machine: {Machine}; {Versions}. Measured {Date:yyyy-MM-dd HH:mm} UTC."));
        return text.ToString();
    }

    private string Row(ScenarioRow row)
    {
        var result = row.Result;
        return Invariant($"| {row.Scenario} | {Milliseconds(row.SingleRequest)} | {result.RequestsPerSecond:N0} | {Milliseconds(result.P50)} | {Milliseconds(result.P99)} | {row.RatioTo(Reference):0.000} | {row.Target.Description} | {row.Verdict(Reference)} |");
    }

    private static string Milliseconds(TimeSpan? latency) => latency is null ? "—" : Invariant($"{latency.Value.TotalMilliseconds:0.00} ms");

    private static string Megabytes(long bytes) => Invariant($"{bytes / (1024.0 * 1024):0} MB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
