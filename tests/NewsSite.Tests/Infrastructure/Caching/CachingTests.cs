using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Infrastructure.Caching;

public class CachingTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/local/harbour-authority-approves-night-ferry-trial")]
    [InlineData("/business")]
    [InlineData("/pages/privacy-policy")]
    public async Task Public_pages_set_no_cookie(string path)
    {
        var response = await site.Factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Unchanged_page_answers_a_conditional_get_with_304()
    {
        var client = site.Factory.CreateClient();
        var first = await client.GetAsync("/business");
        var etag = first.Headers.ETag;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/business");
        conditional.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(conditional);

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Html_is_compressed_for_clients_that_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await site.Factory.CreateDefaultClient().SendAsync(request);

        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Home_page_is_served_from_cache_until_an_article_is_published_then_shows_it_at_once()
    {
        var client = site.Factory.CreateClient();
        await client.GetStringAsync("/");
        await using (var scope = site.Factory.OpenDatabase())
        {
            // A change made behind the application's back: the cached page must not notice it.
            await scope.Db.Database.ExecuteSqlRawAsync("UPDATE articles SET title = 'Silently changed' WHERE is_featured AND featured_rank = 1");
        }
        var cached = await client.GetStringAsync("/");

        await site.Factory.AddAsync(TestArticles.Published("Breaking: the bridge reopens"));
        var fresh = await client.GetStringAsync("/");

        Assert.DoesNotContain("Silently changed", cached, StringComparison.Ordinal);
        Assert.Contains("Breaking: the bridge reopens", fresh, StringComparison.Ordinal);
        Assert.Contains("Silently changed", fresh, StringComparison.Ordinal);
    }
}
