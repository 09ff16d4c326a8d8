using System.Globalization;
using System.Net;
using NewsSite.Benchmarks.Content;
using NewsSite.Benchmarks.Load;
using NewsSite.Benchmarks.Report;
using NewsSite.Benchmarks.Site;

namespace NewsSite.Benchmarks;

/// <summary>
/// The whole benchmark, in order: a throwaway database, the published site migrated and seeded,
/// nginx as the reference, the site measured with its output cache on and then off, one report.
/// Every server is stopped on the way out, whether the run finishes, fails or is cancelled.
/// </summary>
public sealed class BenchmarkRun(BenchmarkOptions options, string repositoryRoot)
{
    private const string SearchPath = "/search?q=harbour";

    // From the product issue. A bare Razor page with one raw Npgsql query reaches about 0.04 of nginx on the reference machines.
    private static readonly Target CachedArticle = Target.RatioAtLeast(0.5);
    private static readonly Target UncachedArticle = Target.RatioAtLeastAndP99Below(0.03, TimeSpan.FromMilliseconds(50));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Read();
        using var workspace = Workspace.Create();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var database = StartDatabase(workspace);
        var (site, generated) = await PrepareAsync(workspace, database, http, cancellationToken);
        var articlePath = await Newsroom.LeadArticlePathAsync(database.ConnectionString, cancellationToken);

        var measure = new Measurements(new WrkRunner(options, workspace), http, database.PostmasterProcessId);
        var cached = await MeasureWithCacheAsync(site, measure, workspace, articlePath, cancellationToken);
        var uncached = await MeasureWithoutCacheAsync(site, measure, articlePath, cancellationToken);

        var report = new BenchmarkReport
        {
            Reference = cached.Reference.Result!,
            Rows = [cached.Reference, cached.Article, .. uncached.Rows],
            PeakMemoryBytes = Math.Max(cached.PeakMemoryBytes, uncached.PeakMemoryBytes),
            Conditions = Conditions(measure.Wrk, generated, articlePath),
            Machine = machine,
            Versions = ToolVersions.Describe(await database.ServerVersionAsync(cancellationToken)),
            Date = DateTimeOffset.UtcNow,
        };
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var resultsFile = RepositoryRoot.ResultsFile(repositoryRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(resultsFile)!);
        await File.WriteAllTextAsync(resultsFile, markdown, cancellationToken);
        Console.WriteLine($"Also written to {resultsFile}");
    }

    /// <summary>Only makes the database: a cluster kept in <c>--data-dir</c>, migrated, seeded and filled, for later runs or for looking at query plans.</summary>
    public async Task PrepareOnlyAsync(CancellationToken cancellationToken)
    {
        if (options.DataDirectory is null)
        {
            throw new BenchmarkException("prepare needs --data-dir DIR: the database is kept there.");
        }
        using var workspace = Workspace.Create();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var database = StartDatabase(workspace);
        await PrepareAsync(workspace, database, http, cancellationToken);
        Console.WriteLine($"Ready: {database.ConnectionString}");
    }

    private BenchmarkDatabase StartDatabase(Workspace workspace)
    {
        var postgres = options.DataDirectory ?? workspace.Postgres;
        Console.WriteLine($"Starting PostgreSQL under {postgres} (fsync off)…");
        return BenchmarkDatabase.Start(postgres);
    }

    private async Task<(PublishedSite Site, int Generated)> PrepareAsync(Workspace workspace, BenchmarkDatabase database, HttpClient http, CancellationToken cancellationToken)
    {
        var site = await PublishedSite.PrepareAsync(options, repositoryRoot, workspace, database.ConnectionString, cancellationToken);
        Console.WriteLine("Applying migrations with --migrate and seeding the demo newsroom…");
        await site.MigrateAsync(cancellationToken);
        await site.SeedDemoContentAsync(http, cancellationToken);
        Console.WriteLine($"Generating articles up to {options.PublishedArticles:N0} published…");
        return (site, await BenchmarkContent.FillAsync(database.ConnectionString, options.PublishedArticles, cancellationToken));
    }

    private static async Task<(ScenarioRow Reference, ScenarioRow Article, long PeakMemoryBytes)> MeasureWithCacheAsync(
        PublishedSite published, Measurements measure, Workspace workspace, string articlePath, CancellationToken cancellationToken)
    {
        await using var site = await published.StartAsync(measure.Http, outputCache: true, cancellationToken);
        var page = await measure.Http.GetByteArrayAsync(site.Address(articlePath), cancellationToken);
        ScenarioRow reference;
        await using (var nginx = await NginxStaticServer.StartAsync(workspace.Nginx, page, measure.Http, workspace.Log("nginx"), cancellationToken))
        {
            const string scenario = "nginx, static copy of the article";
            var (load, cpu) = await measure.Wrk.MeasureAsync(scenario, nginx.PageAddress, measure.CpuGroups(site, nginx), cancellationToken);
            reference = new ScenarioRow(scenario, load, Target.Reference, cpu);
        }
        var article = await measure.PageAsync(site, "article, output cache on", articlePath, CachedArticle, cancellationToken);
        var peak = site.PeakResidentBytes();
        await site.StopAsync();
        return (reference, article, peak);
    }

    private static async Task<(IReadOnlyList<ScenarioRow> Rows, long PeakMemoryBytes)> MeasureWithoutCacheAsync(
        PublishedSite published, Measurements measure, string articlePath, CancellationToken cancellationToken)
    {
        await using var site = await published.StartAsync(measure.Http, outputCache: false, cancellationToken);
        ScenarioRow[] rows =
        [
            await measure.PageAsync(site, "article, output cache off", articlePath, UncachedArticle, cancellationToken),
            await measure.PageAsync(site, "home page, output cache off", "/", Target.None, cancellationToken),
            await measure.PageAsync(site, "search \"harbour\", output cache off", SearchPath, Target.None, cancellationToken, optional: true),
        ];
        var peak = site.PeakResidentBytes();
        await site.StopAsync();
        return (rows, peak);
    }

    private List<string> Conditions(WrkRunner wrk, int generated, string articlePath) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"{options.PublishedArticles:N0} published articles ({options.PublishedArticles - generated:N0} from the demo seeder, {generated:N0} generated, ~600 words each); the article measured is the newest, {articlePath}"),
        $"Load: {wrk.Describe()}; wrk, nginx, the site and PostgreSQL share the machine's cores",
        "Site: Release publish run by dotnet with " + string.Join(", ", PublishedSite.ProductionSettings.Select(s => $"{s.Key}={s.Value}")) + "; restarted with Caching__OutputCacheEnabled=false for the cache-off rows",
        $"PostgreSQL: a throwaway local cluster with the tests' settings ({BenchmarkDatabase.Settings}); durability does not matter to a site that only reads while measured",
        "nginx: 2 worker processes, access log off, sendfile, keep-alive for the whole run",
    ];

    /// <summary>The load generator, the client the pages are checked with before they are measured, and the database server whose CPU time is counted.</summary>
    private sealed record Measurements(WrkRunner Wrk, HttpClient Http, int PostmasterProcessId)
    {
        public CpuGroups CpuGroups(RunningSite site, NginxStaticServer? nginx = null) => new(site.Process.Id, PostmasterProcessId, nginx?.ProcessId);

        /// <summary>Measures a page after checking it answers 200; an <paramref name="optional"/> page that is not there (404) is reported as not available.</summary>
        public async Task<ScenarioRow> PageAsync(RunningSite site, string scenario, string path, Target target, CancellationToken cancellationToken, bool optional = false)
        {
            using var response = await Http.GetAsync(site.Address(path), cancellationToken);
            if (optional && response.StatusCode == HttpStatusCode.NotFound)
            {
                Console.WriteLine($"Skipping {scenario}: {path} answers 404 (not available in this build).");
                return new ScenarioRow(scenario, null, target);
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BenchmarkException($"{path} answered {(int)response.StatusCode} instead of 200; see the site's log.");
            }
            var (load, cpu) = await Wrk.MeasureAsync(scenario, site.Address(path), CpuGroups(site), cancellationToken);
            return new ScenarioRow(scenario, load, target, cpu);
        }
    }
}
