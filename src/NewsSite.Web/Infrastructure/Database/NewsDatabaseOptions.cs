using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Infrastructure.Database;

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
            .UseNpgsql(WithStatementReuse(connectionString), npgsql => npgsql
                .MigrationsAssembly(typeof(NewsDbContext).Assembly.GetName().Name)
                .EnableRetryOnFailure(maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(3), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Public pages send the same few queries over and over. Letting Npgsql prepare them once per
    /// connection, and keep them when a connection returns to the pool, spares PostgreSQL parsing
    /// and planning each one again; on these machines it nearly doubled uncached page throughput.
    /// Keeping session state across pool returns is safe because NewsSite sets none. A connection
    /// string that names either setting keeps its own value.
    /// </summary>
    private static string WithStatementReuse(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 20;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        if (string.IsNullOrEmpty(builder.Options))
        {
            // PostgreSQL otherwise keeps re-planning a prepared query for each new set of values
            // when it cannot prove one plan fits all; the site's queries are simple index walks,
            // and planning them cost more than running them.
            builder.Options = "-c plan_cache_mode=force_generic_plan";
        }
        return builder.ConnectionString;
    }
}
