using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSite.Web.Data;

namespace NewsSite.Web.Infrastructure.Health;

/// <summary>
/// Ready means the database answers now. The query goes around EF's retrying execution strategy
/// on purpose: a probe must fail fast, not wait out a minute of retries.
/// </summary>
internal sealed class DatabaseHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database did not answer.", e);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
