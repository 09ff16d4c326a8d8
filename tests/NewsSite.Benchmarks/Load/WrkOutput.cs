using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSite.Benchmarks.Load;

/// <summary>
/// Reads the text wrk prints with <c>--latency</c>. Only the lines the benchmark reports are
/// read; a missing one is an error rather than a zero, so a change in wrk's output cannot pass
/// unnoticed.
/// </summary>
public static partial class WrkOutput
{
    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var socketErrors = SocketErrorsLine().Match(output);
        return new WrkResult(
            RequestsPerSecond: Number(RequestsPerSecondLine().Match(output), "Requests/sec"),
            P50: Percentile(output, "50%"),
            P99: Percentile(output, "99%"),
            Requests: (long)Number(RequestsLine().Match(output), "requests in"),
            NonSuccessResponses: NonSuccessLine().Match(output) is { Success: true } nonSuccess ? long.Parse(nonSuccess.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            SocketErrors: socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
    }

    /// <summary>A wrk duration such as <c>812.00us</c>, <c>1.23ms</c>, <c>2.01s</c> or <c>1.50m</c>.</summary>
    public static TimeSpan Duration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a wrk duration.");
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromHours(value),
        };
    }

    private static TimeSpan Percentile(string output, string percentile)
    {
        // The "Latency Distribution" block: one line per percentile, e.g. "     99%    3.00ms".
        var match = Regex.Match(output, @"^\s*" + Regex.Escape(percentile) + @"\s+(\S+)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        return match.Success
            ? Duration(match.Groups[1].Value)
            : throw new FormatException($"wrk's output has no {percentile} latency line (was it run with --latency?).");
    }

    private static double Number(Match match, string what) =>
        match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"wrk's output has no '{what}' line.");

    [GeneratedRegex(@"^Requests/sec:\s+([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*(\d+) requests in ", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"^([0-9.]+)(us|ms|s|m|h)$")]
    private static partial Regex DurationPattern();
}
