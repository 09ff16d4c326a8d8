using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Feeds;
using NewsSite.Web.Infrastructure;
using NewsSite.Web.Slugs;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Tests.Feeds;

public class SitemapTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Sitemap_index_lists_files_that_parse_and_hold_only_absolute_addresses()
    {
        var index = await _client.GetSitemapAsync("/sitemap.xml");
        var files = index.Locations();

        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(
            ["http://localhost/sitemaps/pages.xml", "http://localhost/sitemaps/news.xml", "http://localhost/sitemaps/articles-1.xml"],
            files);
        foreach (var file in files)
        {
            var sitemap = await _client.GetSitemapAsync(file);
            var locations = sitemap.Locations();
            Assert.Equal(XmlDocuments.Sitemap + "urlset", sitemap.Root!.Name);
            Assert.InRange(locations.Count, 1, SitemapOptions.MaxUrlsPerFile);
            Assert.All(locations, loc => Assert.True(XmlDocuments.IsAbsoluteHttpUrl(loc), loc));
        }
    }

    [Fact]
    public async Task Article_sitemap_lists_every_published_article_once_with_its_last_change()
    {
        Dictionary<string, DateTimeOffset> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            expected = await scope.Db.Articles.Published(DateTimeOffset.UtcNow)
                .Select(a => new { Url = "http://localhost" + PublicUrls.Article(a.Section!.Slug, a.Slug), a.UpdatedAt })
                .ToDictionaryAsync(a => a.Url, a => a.UpdatedAt);
        }

        var sitemap = await _client.GetSitemapAsync("/sitemaps/articles-1.xml");

        var urls = sitemap.Descendants(XmlDocuments.Sitemap + "url").ToDictionary(
            u => u.Element(XmlDocuments.Sitemap + "loc")!.Value,
            u => DateTimeOffset.Parse(u.Element(XmlDocuments.Sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        Assert.All(urls, url => Assert.Equal(expected[url.Key].ToUnixTimeSeconds(), url.Value.ToUnixTimeSeconds()));
    }

    [Fact]
    public async Task Article_sitemap_answers_a_conditional_request_with_304_until_an_article_changes()
    {
        var first = await _client.GetAsync("/sitemaps/articles-1.xml");
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;

        var sameTag = await SendAsync("/sitemaps/articles-1.xml", r => r.Headers.IfNoneMatch.Add(etag!));
        var notModifiedSince = await SendAsync("/sitemaps/articles-1.xml", r => r.Headers.IfModifiedSince = lastModified);
        var added = (await site.Factory.AddAsync(TestArticles.Published("Fresh for the crawler"))).Single();
        var afterChange = await SendAsync("/sitemaps/articles-1.xml", r => r.Headers.IfNoneMatch.Add(etag!));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.NotNull(lastModified);
        Assert.Equal(HttpStatusCode.NotModified, sameTag.StatusCode);
        Assert.Equal(etag, sameTag.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.NotEqual(etag, afterChange.Headers.ETag);
        Assert.Contains("http://localhost" + added, await afterChange.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendAsync(string path, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        conditions(request);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Pages_sitemap_lists_home_sections_tags_authors_and_standing_pages()
    {
        var locations = (await _client.GetSitemapAsync("/sitemaps/pages.xml")).Locations();

        Assert.Contains("http://localhost/", locations);
        Assert.Contains("http://localhost/pages/privacy-policy", locations);
        Assert.Contains(locations, l => l.StartsWith("http://localhost/tag/", StringComparison.Ordinal));
        Assert.Contains(locations, l => l.StartsWith("http://localhost/author/", StringComparison.Ordinal));
        await using var scope = site.Factory.OpenDatabase();
        foreach (var section in await scope.Db.Sections.Select(s => s.Slug).ToListAsync())
        {
            Assert.Contains("http://localhost" + PublicUrls.Section(section), locations);
        }
    }

    [Fact]
    public async Task Pages_sitemap_leaves_out_tags_whose_only_articles_are_drafts_or_embargoed()
    {
        var draft = TestArticles.Published("Draft under a tag of its own");
        draft.Status = ArticleStatus.Draft;
        draft.Tags.Add(new Tag { Name = "Only drafts", Slug = "only-drafts" });
        var embargoed = TestArticles.Published("Embargoed under a tag of its own", publishedAt: DateTimeOffset.UtcNow.AddDays(2));
        embargoed.Tags.Add(new Tag { Name = "Only embargoed", Slug = "only-embargoed" });
        var live = TestArticles.Published("Live under a tag of its own");
        live.Tags.Add(new Tag { Name = "Live tag", Slug = "live-tag" });
        await site.Factory.AddAsync(draft, embargoed, live);

        var locations = (await _client.GetSitemapAsync("/sitemaps/pages.xml")).Locations();

        Assert.Contains("http://localhost/tag/live-tag", locations);
        Assert.DoesNotContain("http://localhost/tag/only-drafts", locations);
        Assert.DoesNotContain("http://localhost/tag/only-embargoed", locations);
    }

    [Fact]
    public async Task News_sitemap_has_only_articles_of_the_last_48_hours()
    {
        var now = DateTimeOffset.UtcNow;
        var paths = await site.Factory.AddAsync(
            TestArticles.Published("Three days old", publishedAt: now.AddDays(-3)),
            TestArticles.Published("One hour old", publishedAt: now.AddHours(-1)));
        var siteName = site.Factory.Services.GetRequiredService<IOptions<SiteOptions>>().Value.Name;

        var sitemap = await _client.GetSitemapAsync("/sitemaps/news.xml");

        var entries = sitemap.Descendants(XmlDocuments.Sitemap + "url").ToList();
        Assert.Contains("http://localhost" + paths[1], sitemap.Locations());
        Assert.DoesNotContain("http://localhost" + paths[0], sitemap.Locations());
        Assert.InRange(entries.Count, 1, 1000);
        foreach (var news in entries.Select(e => e.Element(XmlDocuments.News + "news")!))
        {
            var publication = news.Element(XmlDocuments.News + "publication")!;
            Assert.Equal(siteName, publication.Element(XmlDocuments.News + "name")!.Value);
            Assert.Equal("en", publication.Element(XmlDocuments.News + "language")!.Value);
            Assert.NotEmpty(news.Element(XmlDocuments.News + "title")!.Value);
            var publishedAt = DateTimeOffset.Parse(news.Element(XmlDocuments.News + "publication_date")!.Value, CultureInfo.InvariantCulture);
            Assert.InRange(publishedAt, now.AddHours(-48), DateTimeOffset.UtcNow);
        }
    }

    [Theory]
    [InlineData("/sitemaps/articles-0.xml")]
    [InlineData("/sitemaps/articles-2.xml")]
    [InlineData("/sitemaps/articles-2147483647.xml")]
    [InlineData("/sitemaps/articles-abc.xml")]
    [InlineData("/sitemaps/other.xml")]
    public async Task Sitemap_file_that_does_not_exist_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_private_and_search_pages_and_names_the_sitemap()
    {
        var response = await _client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin/", lines);
        Assert.Contains("Disallow: /search?", lines);
        Assert.Contains("Disallow: /preview/", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }
}
