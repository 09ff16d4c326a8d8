using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Articles.Workflow;
using Npgsql;

namespace NewsSite.Tests.Articles.Workflow;

/// <summary>The worker through a database outage: a pass that fails is logged, and the next one publishes.</summary>
public class ScheduledPublishingOutageTests(WorkflowFixture site) : IClassFixture<WorkflowFixture>
{
    [Fact]
    public async Task Scheduler_rides_out_a_database_that_refuses_connections_and_publishes_once_it_is_back()
    {
        var article = Newsroom.Scheduled("Ferry strike called off", site.Clock.GetUtcNow().AddSeconds(10));
        await site.Factory.AddAsync(article);
        site.Clock.Advance(TimeSpan.FromSeconds(20));
        var log = new CapturingLogger<ScheduledPublishingWorker>();
        var worker = new ScheduledPublishingWorker(
            site.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            site.Factory.Services.GetRequiredService<IOptions<ScheduledPublishingOptions>>(),
            site.Clock,
            log);

        await AllowConnectionsAsync(false);
        try
        {
            await worker.RunOnceAsync(CancellationToken.None);
        }
        finally
        {
            await AllowConnectionsAsync(true);
        }
        var duringOutage = await site.Newsroom.ArticleAsync(article.Id);
        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Contains(log.Lines, line => line.StartsWith("Scheduled publishing could not be processed", StringComparison.Ordinal));
        Assert.Equal(ArticleStatus.Scheduled, duringOutage.Status);
        Assert.Equal(ArticleStatus.Published, (await site.Newsroom.ArticleAsync(article.Id)).Status);
    }

    /// <summary>Closes the test database to new connections and ends the open ones, or opens it again.</summary>
    private async Task AllowConnectionsAsync(bool allow)
    {
        var database = new NpgsqlConnectionStringBuilder(site.Factory.ConnectionString).Database;
        var maintenance = new NpgsqlConnectionStringBuilder(site.Factory.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allow ? "true" : "false")}; " +
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()",
            connection);
        await command.ExecuteNonQueryAsync();
        // Connections the pool still holds were ended above; none may be handed out again.
        NpgsqlConnection.ClearAllPools();
    }
}
