using System.Net;
using NewsSite.TestSupport;
using NewsSite.Web.Data.LocalPostgres;

namespace NewsSite.Tests.Infrastructure.Health;

public class HealthTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_when_the_database_is_up(string path)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The site pointed at a port where no database listens.</summary>
public sealed class UnreachableDatabaseFixture : IAsyncDisposable
{
    public NewsSiteFactory Factory { get; } = new(
        $"Host=127.0.0.1;Port={FreePort.Find()};Database=none;Username=x;Password=y;Timeout=2");

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public class DatabaseDownTests(UnreachableDatabaseFixture site) : IClassFixture<UnreachableDatabaseFixture>
{
    [Fact]
    public async Task Readiness_fails_and_liveness_holds_when_the_database_cannot_be_reached()
    {
        var client = site.Factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Readers_get_a_friendly_error_page_without_technical_details()
    {
        var response = await site.Factory.CreateClient().GetAsync("/local/any-story");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", Html.Parse(body).QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
    }
}
