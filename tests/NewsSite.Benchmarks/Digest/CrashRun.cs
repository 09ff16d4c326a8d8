using System.Diagnostics;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// Sends an edition while killing the site with SIGKILL at random moments and restarting it, then
/// checks from every message the sink received that nobody was left out and that each duplicate
/// is a second copy of the same Message-ID, no more of them than the copies in flight at a kill.
/// </summary>
public sealed class CrashRun(DigestSite sites, SmtpSink sink, string connectionString)
{
    public async Task<CrashResult> RunAsync(long editionId, int kills, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random();
        var killsSeen = new List<KillSnapshot>();
        long peak = 0;
        var site = await sites.StartAsync("crash-0", cancellationToken);
        for (var kill = 1; kill <= kills; kill++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 2_500)), cancellationToken);
            peak = Math.Max(peak, site.PeakResidentBytes());
            await site.Process.CrashAsync();
            await site.DisposeAsync();
            var recorded = await DeliveryCounts.ReadAsync(connectionString, editionId, cancellationToken);
            killsSeen.Add(new KillSnapshot(kill, [.. sink.DumpedFiles()], recorded.Sent));
            site = await sites.StartAsync($"crash-{kill}", cancellationToken);
        }
        var final = await DeliveryCounts.WaitUntilDoneAsync(connectionString, editionId, TimeSpan.FromMinutes(5), () => peak = Math.Max(peak, site.PeakResidentBytes()), cancellationToken);
        var elapsed = clock.Elapsed;
        await site.StopAsync();
        await site.DisposeAsync();
        // smtp-sink writes each file as the message ends; stopping it makes sure the last ones are on disk.
        await sink.StopAsync();
        var expected = await ExpectedMessages.ReadAsync(connectionString, editionId, cancellationToken);
        return CrashResult.Tally(expected, [.. sink.DumpedFiles().Select(ReceivedMessage.Read)], killsSeen, final, elapsed, peak);
    }
}

/// <summary>At a kill: every file the sink had received by then, and how many copies the database recorded as sent.</summary>
public sealed record KillSnapshot(int Kill, IReadOnlyList<string> ReceivedFiles, int RecordedSent);
