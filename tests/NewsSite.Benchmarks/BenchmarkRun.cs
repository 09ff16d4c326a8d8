using System.Globalization;
using System.Xml.Linq;
using NewsSite.Benchmarks.Content;
using NewsSite.Benchmarks.Load;
using NewsSite.Benchmarks.Report;
using NewsSite.Benchmarks.Site;
using NewsSite.Web.Slugs;

namespace NewsSite.Benchmarks;

/// <summary>
/// The whole benchmark, in order: a throwaway database, the published site migrated and seeded,
/// nginx as the reference, the site measured with its output cache on and then off, one report.
/// Every server is stopped on the way out, whether the run finishes, fails or is cancelled.
/// </summary>
public sealed class BenchmarkRun(BenchmarkOptions options, string repositoryRoot)
{
    // From the product issues. A bare Razor page with one raw Npgsql query reaches about 0.04 of nginx on the reference machines.
    private static readonly Target CachedArticle = Target.RatioAtLeast(0.5);
    private static readonly Target UncachedArticle = Target.RatioAtLeastAndP99Below(0.03, TimeSpan.FromMilliseconds(50));
    private static readonly Target ReaderPage = Target.RatioAtLeastAndP99Below(0.03, TimeSpan.FromMilliseconds(100));
    private static readonly Target SitemapIndex = Target.SingleRequestBelow(TimeSpan.FromMilliseconds(50));
    private static readonly Target ArticleSitemap = Target.SingleRequestBelow(TimeSpan.FromSeconds(1));
    private static readonly Target AdminList = Target.SingleRequestBelow(TimeSpan.FromMilliseconds(100));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Read();
        using var workspace = Workspace.Create();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var database = StartDatabase(workspace);
        var (site, generated) = await PrepareAsync(workspace, database, http, cancellationToken);
        var articlePath = await Newsroom.LeadArticlePathAsync(database.ConnectionString, cancellationToken);
        var pages = await MeasuredPages.ReadAsync(database.ConnectionString, cancellationToken);

        var measure = new Measurements(new WrkRunner(options, workspace), http, database.PostmasterProcessId);
        var cached = await MeasureWithCacheAsync(site, measure, workspace, articlePath, cancellationToken);
        var uncached = await MeasureWithoutCacheAsync(site, measure, articlePath, pages, cancellationToken);

        var report = new BenchmarkReport
        {
            Reference = cached.Reference.Result,
            Rows = [cached.Reference, cached.Article, .. uncached.Rows],
            PeakMemoryBytes = Math.Max(cached.PeakMemoryBytes, uncached.PeakMemoryBytes),
            Conditions = Conditions(measure.Wrk, generated, articlePath, pages),
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
        PublishedSite published, Measurements measure, string articlePath, MeasuredPages pages, CancellationToken cancellationToken)
    {
        await using var site = await published.StartAsync(measure.Http, outputCache: false, cancellationToken);
        var articleSitemap = await ArticleSitemapPathAsync(measure.Http, site, cancellationToken);
        var staffCookie = await StaffSession.SignInAsync(site, cancellationToken);
        ScenarioRow[] rows =
        [
            await measure.PageAsync(site, "article, output cache off", articlePath, UncachedArticle, cancellationToken),
            await measure.PageAsync(site, "home page, output cache off", "/", ReaderPage, cancellationToken),
            await measure.PageAsync(site, "section page 1", pages.Section, ReaderPage, cancellationToken),
            await measure.PageAsync(site, "section page 80% deep", pages.SectionDeep, ReaderPage, cancellationToken),
            await measure.PageAsync(site, "author page 80% deep", pages.AuthorDeep, ReaderPage, cancellationToken),
            await measure.PageAsync(site, "tag page 1", pages.Tag, ReaderPage, cancellationToken),
            await measure.PageAsync(site, $"search, common word ({MeasuredPages.CommonWord})", MeasuredPages.Search(MeasuredPages.CommonWord), ReaderPage, cancellationToken),
            await measure.PageAsync(site, $"search, mid-frequency word ({MeasuredPages.MidFrequencyWord})", MeasuredPages.Search(MeasuredPages.MidFrequencyWord), ReaderPage, cancellationToken),
            await measure.PageAsync(site, $"search, rare word ({pages.RareWord})", MeasuredPages.Search(pages.RareWord), ReaderPage, cancellationToken),
            await measure.PageAsync(site, $"search, phrase ({MeasuredPages.Phrase})", MeasuredPages.Search(MeasuredPages.Phrase), ReaderPage, cancellationToken),
            await measure.PageAsync(site, $"search, misspelt ({MeasuredPages.MisspeltWord})", MeasuredPages.Search(MeasuredPages.MisspeltWord), ReaderPage, cancellationToken),
            await measure.PageAsync(site, "sitemap index", PublicUrls.Sitemap, SitemapIndex, cancellationToken),
            await measure.PageAsync(site, "one article sitemap file", articleSitemap, ArticleSitemap, cancellationToken),
            await measure.PageAsync(site, "admin article list, signed in", AdminArticles, AdminList, cancellationToken, staffCookie),
            await measure.PageAsync(site, "admin article list, three filters", AdminArticlesFiltered(pages), AdminList, cancellationToken, staffCookie),
        ];
        var peak = site.PeakResidentBytes();
        await site.StopAsync();
        return (rows, peak);
    }

    private const string AdminArticles = "/admin/articles";

    private static string AdminArticlesFiltered(MeasuredPages pages) =>
        string.Create(CultureInfo.InvariantCulture, $"{AdminArticles}?status=Published&section={pages.SectionId}&q=said");

    /// <summary>The first article file the sitemap index lists: the oldest, which is full (50,000 addresses) once the archive is that large.</summary>
    private static async Task<string> ArticleSitemapPathAsync(HttpClient http, RunningSite site, CancellationToken cancellationToken)
    {
        var index = XDocument.Parse(await http.GetStringAsync(site.Address(PublicUrls.Sitemap), cancellationToken));
        var file = index.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value.Trim()))
            .FirstOrDefault(address => address.AbsolutePath.StartsWith(PublicUrls.SitemapFile("articles-")[..^4], StringComparison.Ordinal))
            ?? throw new BenchmarkException("The sitemap index lists no article sitemap file.");
        return file.AbsolutePath;
    }

    private List<string> Conditions(WrkRunner wrk, int generated, string articlePath, MeasuredPages pages) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"{options.PublishedArticles:N0} published articles: the demo newsroom and generated ones of ~600 words ({(generated > 0 ? $"{generated:N0} generated by this run" : "kept in --data-dir from an earlier run")}); the article measured is the newest, {articlePath}"),
        $"Listings are the busiest section, author and tag: {pages.Section}, {pages.SectionDeep}, {pages.AuthorDeep}, {pages.Tag}; the admin rows are signed in as an Admin, filtered by {AdminArticlesFiltered(pages)}",
        $"Load: {wrk.Describe()}; wrk, nginx, the site and PostgreSQL share the machine's cores",
        "Site: Release publish run by dotnet with " + string.Join(", ", PublishedSite.ProductionSettings.Select(s => $"{s.Key}={s.Value}")) + "; restarted with Caching__OutputCacheEnabled=false for the cache-off rows",
        $"PostgreSQL: a throwaway local cluster with the tests' settings ({BenchmarkDatabase.Settings}); durability does not matter to a site that only reads while measured",
        "nginx: 2 worker processes, access log off, sendfile, keep-alive for the whole run",
    ];

    /// <summary>The load generator, the client the pages are checked with before they are measured, and the database server whose CPU time is counted.</summary>
    private sealed record Measurements(WrkRunner Wrk, HttpClient Http, int PostmasterProcessId)
    {
        public CpuGroups CpuGroups(RunningSite site, NginxStaticServer? nginx = null) => new(site.Process.Id, PostmasterProcessId, nginx?.ProcessId);

        /// <summary>Times single requests to a page (which also checks it answers 200), then loads it with wrk; <paramref name="cookie"/> for pages behind a sign-in.</summary>
        public async Task<ScenarioRow> PageAsync(RunningSite site, string scenario, string path, Target target, CancellationToken cancellationToken, string? cookie = null)
        {
            var single = await SingleRequests.MedianAsync(Http, site.Address(path), cookie, cancellationToken);
            var (load, cpu) = await Wrk.MeasureAsync(scenario, site.Address(path), CpuGroups(site), cancellationToken, cookie);
            return new ScenarioRow(scenario, load, target, cpu, single);
        }
    }
}
