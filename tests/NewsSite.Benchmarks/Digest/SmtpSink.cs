using System.Net.Sockets;
using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// Postfix's smtp-sink on 127.0.0.1: accepts every message and throws it away, or, for the crash
/// run, dumps each one to a file of its own so that every Message-ID received can be counted.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Program = "/usr/sbin/smtp-sink";

    // Room for every connection of the site's pool and of smtp-source at once.
    private const string Backlog = "1000";

    private readonly ChildProcess _process;

    private SmtpSink(ChildProcess process, int port, string? dumpDirectory)
    {
        _process = process;
        Port = port;
        DumpDirectory = dumpDirectory;
    }

    public int Port { get; }

    public string? DumpDirectory { get; }

    public static async Task<SmtpSink> StartAsync(string logPath, string? dumpDirectory, CancellationToken cancellationToken)
    {
        var port = FreePort.Find();
        // smtp-sink refuses to run as root unless told which user to become (-u).
        string[] dump = dumpDirectory is null ? [] : ["-d", Path.Combine(dumpDirectory, "%H%M%S.")];
        var command = new Command(Program, ["-c", "-u", Environment.UserName, .. dump, $"127.0.0.1:{port}", Backlog]);
        var sink = new SmtpSink(ChildProcess.Start(command, logPath), port, dumpDirectory);
        await sink.WaitUntilListeningAsync(cancellationToken);
        return sink;
    }

    /// <summary>The messages dumped so far, oldest name first (only with a dump folder).</summary>
    public IReadOnlyList<string> DumpedFiles() =>
        DumpDirectory is null || !Directory.Exists(DumpDirectory) ? [] : [.. Directory.EnumerateFiles(DumpDirectory).Order(StringComparer.Ordinal)];

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_process.HasExited)
            {
                throw new BenchmarkException("smtp-sink stopped at once:\n" + ChildProcess.Tail(_process.Output()));
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new BenchmarkException($"smtp-sink did not listen on 127.0.0.1:{Port} within 5 s.");
    }

    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(5));

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
