using System.Net;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Operations;

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

    [Fact]
    public async Task Readiness_fails_and_liveness_holds_when_the_database_cannot_be_reached()
    {
        var unreachable = $"Host=127.0.0.1;Port={NewsSite.Web.Infrastructure.LocalPostgres.FreePort.Find()};Database=none;Username=x;Password=y;Timeout=2";
        await using var factory = new NewsSiteFactory(unreachable);
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
