using Microsoft.AspNetCore.DataProtection;
using NewsSite.Web.Data.LocalPostgres;
using NewsSite.Web.Infrastructure.Caching;
using NewsSite.Web.Infrastructure.Health;
using NewsSite.Web.Markdown;
using NewsSite.Web.Slugs;
using Serilog;

namespace NewsSite.Web.Data;

public static class DatabaseRegistration
{
    public const string LocalDatabaseName = "newssite";

    /// <summary>
    /// Registers the pooled <see cref="NewsDbContext"/>. Without a connection string, Development
    /// starts (or reuses) a private PostgreSQL cluster under <c>.data/</c>; other environments must
    /// be told where their database is.
    /// </summary>
    public static WebApplicationBuilder AddNewsDatabase(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(NewsDatabaseOptions.SectionName);
        builder.Services.AddOptions<NewsDatabaseOptions>().Bind(section);
        var options = section.Get<NewsDatabaseOptions>() ?? new NewsDatabaseOptions();

        var connectionString = builder.Configuration.GetConnectionString(NewsDatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = StartLocalCluster(builder, options);
        }

        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<MarkdownRenderingInterceptor>();
        builder.Services.AddSingleton<SlugHistoryInterceptor>();
        builder.Services.AddSingleton<PublicCacheEvictionInterceptor>();
        builder.Services.AddDbContextPool<NewsDbContext>((services, db) =>
        {
            NewsDatabaseOptions.Configure(db, connectionString);
            db.AddInterceptors(
                services.GetRequiredService<MarkdownRenderingInterceptor>(),
                services.GetRequiredService<SlugHistoryInterceptor>(),
                services.GetRequiredService<PublicCacheEvictionInterceptor>());
        });
        builder.Services.AddDataProtection().SetApplicationName("NewsSite").PersistKeysToDbContext<NewsDbContext>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    private static string StartLocalCluster(WebApplicationBuilder builder, NewsDatabaseOptions options)
    {
        if (!builder.Environment.IsDevelopment())
        {
            throw new DatabaseSetupException(
                $"No database is configured. Set the connection string ConnectionStrings__{NewsDatabaseOptions.ConnectionStringName} " +
                "(for example 'Host=db;Database=newssite;Username=newssite;Password=…'), or run in Development, " +
                "where NewsSite starts a private PostgreSQL from the local server binaries.");
        }
        var root = Path.Combine(builder.Environment.ContentRootPath, options.LocalDataPath);
        var cluster = LocalPostgresCluster.Start(root, ClusterSettings.Development with { BinDirectory = options.LocalServerBinDirectory });
        cluster.CreateDatabaseIfMissing(LocalDatabaseName);
        Log.Information("Local PostgreSQL is running on 127.0.0.1:{Port} with its data in {DataDirectory}", cluster.Port, cluster.DataDirectory);
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<LocalPostgresLifetime>();
        return cluster.ConnectionString(LocalDatabaseName);
    }
}
