using System.Diagnostics;
using NewsSite.Benchmarks.Content;
using NewsSite.Benchmarks.Site;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Benchmarks.Digest;

/// <summary>
/// The digest benchmark, in order: a throwaway database with the demo newsroom and the
/// subscribers, smtp-source's rate into smtp-sink as the reference, a first edition to 20,000
/// subscribers from a site just started (its code compiled as it goes), then the measured edition
/// to <c>--subscribers</c> (100,000 unless told) from the same site, as a site that has been up
/// sends it, its release timed on its own, then a 20,000-recipient send with the site killed and
/// restarted. Every server is stopped on the way out.
/// </summary>
public sealed class DigestBenchmarkRun(BenchmarkOptions options, string repositoryRoot)
{
    private const int CrashRecipients = 20_000;
    private const int Kills = 5;
    private const int MessageBytes = 20_000;

    // A few more articles than the demo newsroom has, so a 20 KB digest never runs short of them.
    private const int PublishedArticles = 200;

    private readonly int _subscribers = options.Subscribers;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var machine = Report.MachineDescription.Read();
        using var workspace = Workspace.Create();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Console.WriteLine($"Starting a throwaway PostgreSQL under {workspace.Postgres} (fsync off)…");
        using var database = BenchmarkDatabase.Start(workspace.Postgres);
        var connectionString = database.ConnectionString;
        var published = await PublishedSite.PrepareAsync(options, repositoryRoot, workspace, connectionString, cancellationToken);
        Console.WriteLine("Applying migrations with --migrate and seeding the demo newsroom…");
        await published.MigrateAsync(cancellationToken);
        await published.SeedDemoContentAsync(http, cancellationToken);
        await BenchmarkContent.FillAsync(connectionString, PublishedArticles, cancellationToken);

        var (articles, renderedBytes) = await DigestArticles.ChooseAsync(connectionString, DigestSite.PublicBaseUrl, MessageBytes, cancellationToken);
        Console.WriteLine($"One subscriber's copy of {articles.Count} articles renders to {renderedBytes:N0} bytes.");
        Console.WriteLine($"Adding {_subscribers:N0} daily and {CrashRecipients:N0} weekly confirmed subscribers…");
        await BenchmarkSubscribers.AddAsync(connectionString, _subscribers, DigestFrequency.Daily, "daily", cancellationToken);
        await BenchmarkSubscribers.AddAsync(connectionString, CrashRecipients, DigestFrequency.Weekly, "weekly", cancellationToken);

        DigestRow reference, first, release, send;
        await using (var sink = await SmtpSink.StartAsync(workspace.Log("smtp-sink"), dumpDirectory: null, cancellationToken))
        {
            Console.WriteLine($"Reference: {SmtpSourceReference.Describe(_subscribers, DigestSite.PoolSize, MessageBytes)}…");
            var source = await SmtpSourceReference.MeasureAsync(sink.Port, _subscribers, DigestSite.PoolSize, MessageBytes, workspace.Log("smtp-source"), cancellationToken);
            reference = DigestRow.Reference(SmtpSourceReference.Describe(_subscribers, DigestSite.PoolSize, MessageBytes), source);
            Console.WriteLine($"  {source.PerSecond:N0} messages/s");
            (first, release, send) = await SendAsync(new DigestSite(published, http, sink.Port, TimeSpan.FromMinutes(2)), connectionString, articles, source, cancellationToken);
            await sink.StopAsync();
        }

        CrashResult crash;
        await using (var sink = await SmtpSink.StartAsync(workspace.Log("smtp-sink-dump"), Path.Combine(workspace.Root, "received"), cancellationToken))
        {
            Console.WriteLine($"Crash run: {CrashRecipients:N0} recipients, the site killed {Kills} times…");
            var edition = await BenchmarkEdition.CreateDraftAsync(connectionString, "Weekly", "crash run", articles, cancellationToken);
            await BenchmarkEdition.ReleaseAsync(connectionString, edition, cancellationToken);
            var sites = new DigestSite(published, http, sink.Port, TimeSpan.FromSeconds(5));
            crash = await new CrashRun(sites, sink, connectionString).RunAsync(edition, Kills, cancellationToken);
        }

        var report = new DigestReport(reference, first, release, send, crash, renderedBytes, articles.Count, machine, DateTimeOffset.UtcNow).ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(report);
        var resultsFile = Path.Combine(Path.GetDirectoryName(RepositoryRoot.ResultsFile(repositoryRoot))!, "digest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(resultsFile)!);
        await File.WriteAllTextAsync(resultsFile, report, cancellationToken);
        Console.WriteLine($"Also written to {resultsFile}");
    }

    private async Task<(DigestRow First, DigestRow Release, DigestRow Send)> SendAsync(
        DigestSite sites, string connectionString, IReadOnlyList<int> articles, Throughput reference, CancellationToken cancellationToken)
    {
        await using var site = await sites.StartAsync("digest-send", cancellationToken);
        long peak = 0;
        Console.WriteLine($"A first edition to {CrashRecipients:N0} subscribers from the site just started…");
        var (_, first) = await SendEditionAsync(connectionString, "Weekly", "first after start", articles, () => peak = site.PeakResidentBytes(), cancellationToken);
        Console.WriteLine($"Releasing one edition to {_subscribers:N0} subscribers and sending it…");
        var (release, send) = await SendEditionAsync(connectionString, "Daily", "measured", articles, () => peak = site.PeakResidentBytes(), cancellationToken);
        peak = site.PeakResidentBytes();
        await site.StopAsync();
        return (
            DigestRow.Measured($"NewsSite, first edition after start, {first.Messages:N0} subscribers (compiling its code)", first, reference, peak, ratioTarget: false),
            DigestRow.Release($"NewsSite, release of that edition: its {release.Messages:N0} copies queued", release),
            DigestRow.Measured($"NewsSite, one edition to {_subscribers:N0} subscribers", send, reference, peak, ratioTarget: true));
    }

    /// <summary>Times one edition's release, and the whole from its release until the site records it sent.</summary>
    private static async Task<(Throughput Release, Throughput Send)> SendEditionAsync(
        string connectionString, string frequency, string period, IReadOnlyList<int> articles, Action sample, CancellationToken cancellationToken)
    {
        var edition = await BenchmarkEdition.CreateDraftAsync(connectionString, frequency, period, articles, cancellationToken);
        var clock = Stopwatch.StartNew();
        var queued = await BenchmarkEdition.ReleaseAsync(connectionString, edition, cancellationToken);
        var release = new Throughput(queued, clock.Elapsed);
        Console.WriteLine($"  {queued:N0} queued in {release.Elapsed.TotalSeconds:0.0} s");
        // Ten minutes for 100,000, and as long again per 100,000 more: a slow run is reported, not cut short.
        var timeout = TimeSpan.FromMinutes(10 * Math.Max(1.0, queued / 100_000.0));
        var counts = await DeliveryCounts.WaitUntilDoneAsync(connectionString, edition, timeout, sample, cancellationToken);
        var sent = new Throughput(counts.Sent, clock.Elapsed);
        Console.WriteLine($"  {counts.Sent:N0} sent, {counts.Failed:N0} failed or skipped: {sent.PerSecond:N0} messages/s");
        return (release, sent);
    }
}
