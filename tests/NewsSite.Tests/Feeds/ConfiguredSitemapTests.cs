using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Feeds;
using NewsSite.Web.Slugs;

namespace NewsSite.Tests.Feeds;

/// <summary>A site with a configured public address and small sitemap files, so the articles span several.</summary>
public class ConfiguredSitemapTests(ConfiguredSitemapTests.SmallFilesFixture site) : IClassFixture<ConfiguredSitemapTests.SmallFilesFixture>
{
    private const string BaseUrl = "https://news.example";
    private readonly HttpClient _client = site.Factory.CreateClient();

    public sealed class SmallFilesFixture : NewsSiteFixture
    {
        protected override void Configure(NewsSiteFactory factory)
        {
            factory.Settings["Sitemaps:UrlsPerFile"] = "10";
            factory.Settings["Site:PublicBaseUrl"] = BaseUrl + "/";
        }
    }

    [Fact]
    public async Task Every_published_article_is_in_exactly_one_small_file_and_no_draft_or_embargoed_one_is_in_any()
    {
        var now = DateTimeOffset.UtcNow;
        var draft = TestArticles.Published("Draft kept out of sitemaps");
        draft.Status = ArticleStatus.Draft;
        var embargoed = TestArticles.Published("Embargoed until next week", publishedAt: now.AddDays(7));
        var scheduled = TestArticles.Published("Scheduled for tomorrow", publishedAt: now.AddDays(1));
        scheduled.Status = ArticleStatus.Scheduled;
        var hidden = (await site.Factory.AddAsync(draft, embargoed, scheduled)).Select(path => BaseUrl + path).ToList();
        List<string> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            expected = await scope.Db.Articles.Published(DateTimeOffset.UtcNow).OrderBy(a => a.Id)
                .Select(a => BaseUrl + PublicUrls.Article(a.Section!.Slug, a.Slug)).ToListAsync();
        }

        var files = (await _client.GetSitemapAsync("/sitemap.xml")).Locations().Where(l => l.Contains("/articles-", StringComparison.Ordinal)).ToList();
        var listed = new List<string>();
        foreach (var file in files)
        {
            var locations = (await _client.GetSitemapAsync(file)).Locations();
            Assert.InRange(locations.Count, 1, 10);
            listed.AddRange(locations);
        }

        Assert.True(files.Count >= 3, "the demo content should fill several files");
        Assert.Equal(expected, listed);
        Assert.All(hidden, url => Assert.DoesNotContain(url, listed));
        var last = int.Parse(files[^1].Split("articles-")[1].Split('.')[0], CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sitemaps/articles-{last + 1}.xml")).StatusCode);
    }

    [Fact]
    public async Task Feeds_sitemaps_and_robots_txt_use_the_configured_address()
    {
        var feed = await _client.GetRssAsync("/feed.xml");
        var robots = await _client.GetStringAsync("/robots.txt");
        var pages = (await _client.GetSitemapAsync("/sitemaps/pages.xml")).Locations();

        Assert.All(feed.Descendants("link"), link => Assert.StartsWith(BaseUrl + "/", link.Value, StringComparison.Ordinal));
        Assert.All(pages, loc => Assert.StartsWith(BaseUrl + "/", loc, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 10)]
    [InlineData(2, 11, 20)]
    [InlineData(3, 21, 30)]
    public void Each_file_holds_a_fixed_range_of_article_ids(int file, long firstId, long lastId)
    {
        var options = new SitemapOptions { UrlsPerFile = 10 };

        Assert.Equal((firstId, lastId), (options.FirstId(file), options.LastId(file)));
    }
}
