using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>Database settings from configuration (section <c>Database</c>).</summary>
public sealed class NewsDatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "NewsSite";

    /// <summary>Apply pending migrations when the site starts (on in Development; Production uses <c>--migrate</c>).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Where Development keeps its local PostgreSQL cluster, relative to the content root.</summary>
    public string LocalDataPath { get; set; } = ".data/postgres";

    /// <summary>PostgreSQL's server programs for the local cluster, when they are not in a usual place.</summary>
    public string? LocalServerBinDirectory { get; set; }

    /// <summary>
    /// The one place that says how NewsSite talks to PostgreSQL, shared by the site and the
    /// design-time tools. Transient failures (a database restarting, a failover) are retried a
    /// few times within seconds: long enough to ride out a restart, short enough that a reader
    /// gets an answer rather than a hung page.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithSiteDefaults(connectionString), npgsql => npgsql
                .MigrationsAssembly(typeof(NewsDbContext).Assembly.GetName().Name)
                .EnableRetryOnFailure(maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(3), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// How the site's connections treat PostgreSQL; a connection string that sets any of these
    /// keeps its own value.
    /// <list type="bullet">
    /// <item>Public pages send the same few queries over and over. Npgsql prepares them once per
    /// connection and keeps them when a connection returns to the pool, which spares PostgreSQL
    /// parsing and planning each one again; on these machines it nearly doubled uncached page
    /// throughput. Keeping session state across pool returns is safe because NewsSite sets none.</item>
    /// <item>PostgreSQL otherwise keeps re-planning a prepared query for each new set of values when
    /// it cannot prove one plan fits all; the site's queries are simple index walks, and planning
    /// them cost more than running them.</item>
    /// <item>No JIT compilation. A plan made for any value of <c>LIMIT $1</c> is costed as if it read a
    /// tenth of the table, which at a million rows crosses PostgreSQL's JIT threshold: the admin
    /// subscribers list then spent 47 ms compiling a query that reads 51 rows in 1 ms. The site's
    /// queries are short index walks, which JIT never pays for.</item>
    /// <item>A few connections per core keep PostgreSQL's cores busy; more only make its backends
    /// compete for the same cores and caches, while requests wait for a free connection in the
    /// site instead. On a 2-core machine, 8 connections served a fifth more uncached article pages
    /// than Npgsql's default of 100, with a shorter p99. Set <c>Maximum Pool Size</c>
    /// to about four per core of the database server when it runs on a machine of its own.</item>
    /// </list>
    /// </summary>
    private static string WithSiteDefaults(string connectionString)
    {
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 20;
        }
        if (!named.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        if (!named.Contains("Options"))
        {
            builder.Options = "-c plan_cache_mode=force_generic_plan -c jit=off";
        }
        if (!named.Contains("MaximumPoolSize") && !named.Contains("MaxPoolSize"))
        {
            builder.MaxPoolSize = Math.Max(8, 4 * Environment.ProcessorCount);
        }
        return builder.ConnectionString;
    }
}
