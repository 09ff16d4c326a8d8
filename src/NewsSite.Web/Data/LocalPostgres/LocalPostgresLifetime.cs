namespace NewsSite.Web.Data.LocalPostgres;

/// <summary>Stops the site's local PostgreSQL when the site stops.</summary>
internal sealed class LocalPostgresLifetime(LocalPostgresCluster cluster, ILogger<LocalPostgresLifetime> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Stopping the local PostgreSQL server on port {Port}", cluster.Port);
        cluster.Stop();
        return Task.CompletedTask;
    }
}
