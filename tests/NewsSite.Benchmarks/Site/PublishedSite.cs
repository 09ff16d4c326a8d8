using NewsSite.Benchmarks.Processes;

namespace NewsSite.Benchmarks.Site;

/// <summary>
/// The site as it is deployed: a Release publish output, run in Production by <c>dotnet</c> as a
/// process of its own, so the benchmark measures the site and not a test host.
/// </summary>
public sealed class PublishedSite
{
    private const string EntryAssembly = "NewsSite.Web.dll";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory;
    private readonly string _connectionString;
    private readonly Workspace _workspace;

    private PublishedSite(string directory, string connectionString, Workspace workspace)
    {
        _directory = directory;
        _connectionString = connectionString;
        _workspace = workspace;
    }

    /// <summary>
    /// Production settings every run of the site gets. Logging stays at Warning so that writing a
    /// line per request, which a real deployment would ship elsewhere, does not dominate the figures.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProductionSettings { get; } = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Email__Smtp__Host"] = "127.0.0.1",
        ["Email__Smtp__TlsMode"] = "None",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    public static async Task<PublishedSite> PrepareAsync(
        BenchmarkOptions options, string repositoryRoot, Workspace workspace, string connectionString, CancellationToken cancellationToken)
    {
        var directory = options.SiteDirectory;
        if (directory is null)
        {
            directory = workspace.Site;
            Console.WriteLine($"Publishing src/NewsSite.Web in Release to {directory}…");
            var publish = new Command("dotnet", ["publish", RepositoryRoot.WebProject(repositoryRoot), "-c", "Release", "-o", directory, "--nologo"]);
            await ChildProcess.RunAsync(publish, workspace.Log("publish"), TimeSpan.FromMinutes(10), cancellationToken);
        }
        return File.Exists(Path.Combine(directory, EntryAssembly))
            ? new PublishedSite(directory, connectionString, workspace)
            : throw new BenchmarkException($"'{directory}' holds no {EntryAssembly}; give --site-dir the output of 'dotnet publish src/NewsSite.Web -c Release -o DIR'.");
    }

    /// <summary>Applies the migrations the way a Production deployment does: the same binary with <c>--migrate</c>.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        ChildProcess.RunAsync(SiteCommand(["--migrate"], []), _workspace.Log("migrate"), TimeSpan.FromMinutes(2), cancellationToken);

    /// <summary>Seeds the demo newsroom (sections, authors, illustrated articles) through the site's own seeder: it is done once the site is ready.</summary>
    public async Task SeedDemoContentAsync(HttpClient http, CancellationToken cancellationToken)
    {
        await using var site = await StartAsync(http, "seed", new() { ["DemoContent__SeedOnStart"] = "true" }, cancellationToken);
        await site.StopAsync();
    }

    public Task<RunningSite> StartAsync(HttpClient http, bool outputCache, CancellationToken cancellationToken) =>
        StartAsync(
            http,
            outputCache ? "site-cache-on" : "site-cache-off",
            new() { ["Caching__OutputCacheEnabled"] = outputCache ? "true" : "false" },
            cancellationToken);

    /// <summary>Starts the site with <paramref name="settings"/> on top of the Production ones, logging to <paramref name="name"/>.log, once it is ready.</summary>
    public async Task<RunningSite> StartAsync(HttpClient http, string name, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Find()}");
        settings["ASPNETCORE_URLS"] = address.GetLeftPart(UriPartial.Authority);
        var site = new RunningSite(ChildProcess.Start(SiteCommand([], settings), _workspace.Log(name)), address);
        try
        {
            await Readiness.WaitForOkAsync(http, site.Address("/health/ready"), site.Process, StartTimeout, cancellationToken);
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    private Command SiteCommand(string[] arguments, Dictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(ProductionSettings) { ["ConnectionStrings__NewsSite"] = _connectionString };
        foreach (var (name, value) in StaffSession.Settings.Concat(settings))
        {
            environment[name] = value;
        }
        // The site finds its wwwroot relative to the working folder (its content root).
        return new Command("dotnet", [Path.Combine(_directory, EntryAssembly), .. arguments]) { Environment = environment, WorkingDirectory = _directory };
    }
}
