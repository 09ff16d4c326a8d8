using System.Diagnostics;
using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// The reference: Postfix's own smtp-source sending messages of the digest's size to the same sink
/// over as many parallel sessions as the site's pool, each reusing its connection (-d).
/// </summary>
public static class SmtpSourceReference
{
    public const string Program = "/usr/sbin/smtp-source";

    public static async Task<Throughput> MeasureAsync(int port, int messages, int sessions, int messageBytes, string logPath, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "-d", "-s", sessions.ToString(CultureInfo), "-m", messages.ToString(CultureInfo), "-l", messageBytes.ToString(CultureInfo),
            "-f", "from@bench.example", "-t", "to@bench.example", $"127.0.0.1:{port}",
        ];
        var clock = Stopwatch.StartNew();
        await ChildProcess.RunAsync(new Command(Program, arguments), logPath, TimeSpan.FromMinutes(5 * Math.Max(1.0, messages / 100_000.0)), cancellationToken);
        return new Throughput(messages, clock.Elapsed);
    }

    /// <summary>The command as the report shows it.</summary>
    public static string Describe(int messages, int sessions, int messageBytes) =>
        $"smtp-source -d -s {sessions} -m {messages} -l {messageBytes}";

    private static System.Globalization.CultureInfo CultureInfo => System.Globalization.CultureInfo.InvariantCulture;
}

/// <summary>Messages delivered in a measured time.</summary>
public sealed record Throughput(int Messages, TimeSpan Elapsed)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;
}
