using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Feeds;
using NewsSite.Web.Infrastructure;

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
    public async Task Articles_are_split_into_files_of_the_configured_size_in_id_order()
    {
        List<string> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            expected = await scope.Db.Articles.Published(DateTimeOffset.UtcNow).OrderBy(a => a.Id)
                .Select(a => BaseUrl + PublicUrls.Article(a.Section!.Slug, a.Slug)).ToListAsync();
        }
        var fileCount = (expected.Count + 9) / 10;

        var files = (await _client.GetSitemapAsync("/sitemap.xml")).Locations().Where(l => l.Contains("/articles-", StringComparison.Ordinal)).ToList();
        var listed = new List<string>();
        foreach (var file in files)
        {
            var locations = (await _client.GetSitemapAsync(file)).Locations();
            Assert.InRange(locations.Count, 1, 10);
            listed.AddRange(locations);
        }

        Assert.True(fileCount >= 3, "the demo content should fill several files");
        Assert.Equal(Enumerable.Range(1, fileCount).Select(n => $"{BaseUrl}/sitemaps/articles-{n}.xml"), files);
        Assert.Equal(expected, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/sitemaps/articles-{fileCount + 1}.xml")).StatusCode);
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
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(26, 3)]
    public void File_count_covers_every_address(int urls, int files) =>
        Assert.Equal(files, new SitemapOptions { UrlsPerFile = 10 }.FileCount(urls));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    public void Files_follow_one_another_without_gaps(int file, int urlsBefore) =>
        Assert.Equal(urlsBefore, new SitemapOptions { UrlsPerFile = 10 }.UrlsBefore(file));
}
