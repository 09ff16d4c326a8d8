using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace NewsSite.Web.Infrastructure.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> also checks the
    /// database, so a load balancer stops sending readers to a node that cannot serve them.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
