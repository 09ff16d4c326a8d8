using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using Serilog.Core;
using Serilog.Events;

namespace NewsSite.Tests.Infrastructure.Logging;

/// <summary>A Serilog sink the site picks up from its services, as an operator's configured sink would be.</summary>
public sealed class CapturingSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}

public sealed class RequestLogFixture : NewsSiteFixture
{
    public CapturingSink Sink { get; } = new();

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        factory.ServiceOverrides.Add(services => services.AddSingleton<ILogEventSink>(Sink));
    }
}

public class RequestLogTests(RequestLogFixture site) : IClassFixture<RequestLogFixture>
{
    [Fact]
    public async Task Each_request_is_logged_through_the_configured_logger_and_its_sinks()
    {
        var response = await site.Factory.CreateClient().GetAsync("/robots.txt");
        response.EnsureSuccessStatusCode();

        // The request line is written once the response is complete, just after the client has it.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(site.Sink.Events.Any(e =>
            e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/robots.txt\""
            && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200"))));
    }
}
