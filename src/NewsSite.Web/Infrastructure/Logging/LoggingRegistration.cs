using Serilog;
using Serilog.Formatting.Compact;

namespace NewsSite.Web.Infrastructure.Logging;

public static class LoggingRegistration
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section: a readable console in Development,
    /// compact JSON in Production (see the appsettings files). Where no sink is configured, the
    /// console gets compact JSON so that no environment runs blind.
    /// </summary>
    public static WebApplicationBuilder AddNewsSiteLogging(this WebApplicationBuilder builder)
    {
        var sinksConfigured = builder.Configuration.GetSection("Serilog:WriteTo").Exists();
        // The static logger stays the start-up console logger, so several hosts in one process
        // (the integration tests) never dispose each other's logger.
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
                if (!sinksConfigured)
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplication UseNewsSiteRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // Without this the middleware writes to the static start-up logger, which keeps the
            // console at Information in plain text: the configured levels, format and sinks never
            // saw a request, and every request paid for a synchronous console write.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Health probes arrive every few seconds; they would drown the log at Information.
            options.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
        return app;
    }
}
