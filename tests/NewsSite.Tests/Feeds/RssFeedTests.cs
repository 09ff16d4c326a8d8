using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Feeds;

public class RssFeedTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Site_feed_has_the_30_newest_articles_with_absolute_links_that_resolve()
    {
        // Enough articles that the feed must leave some out.
        await site.Factory.AddAsync(Enumerable.Range(1, 6).Select(i => TestArticles.Published($"Extra story {i}", summary: "More news.")).ToArray());
        List<string> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            expected = await scope.Db.Articles.Published(DateTimeOffset.UtcNow)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).Take(30).ToListAsync();
        }

        var feed = await _client.GetRssAsync("/feed.xml");
        var items = feed.Descendants("item").ToList();

        Assert.Equal("2.0", feed.Root!.Attribute("version")!.Value);
        Assert.Equal(expected, items.Select(i => i.Element("title")!.Value));
        var published = items.Select(i => DateTimeOffset.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        foreach (var item in items)
        {
            var link = item.Element("link")!.Value;
            Assert.True(XmlDocuments.IsAbsoluteHttpUrl(link), link);
            Assert.Equal(link, item.Element("guid")!.Value);
            Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task Item_carries_the_summary_section_author_and_publication_time()
    {
        var publishedAt = DateTimeOffset.UtcNow.AddSeconds(-30);
        var paths = await site.Factory.AddAsync(TestArticles.Published("Feed detail story", summary: "What the story says.", publishedAt: publishedAt));
        string sectionName, authorName;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var article = await scope.Db.Articles.Include(a => a.Section).Include(a => a.Author).SingleAsync(a => a.Title == "Feed detail story");
            (sectionName, authorName) = (article.Section!.Name, article.Author!.Name);
        }

        var feed = await _client.GetRssAsync("/feed.xml");
        var item = feed.Descendants("item").Single(i => i.Element("title")!.Value == "Feed detail story");

        Assert.Equal("http://localhost" + paths[0], item.Element("link")!.Value);
        Assert.Equal("What the story says.", item.Element("description")!.Value);
        Assert.Equal(sectionName, item.Element("category")!.Value);
        Assert.Equal(authorName, item.Element(XmlDocuments.DublinCore + "creator")!.Value);
        Assert.Equal(publishedAt.UtcDateTime.ToString("r", CultureInfo.InvariantCulture), item.Element("pubDate")!.Value);
        var self = feed.Root!.Element("channel")!.Element(XmlDocuments.Atom + "link")!;
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal("http://localhost/feed.xml", self.Attribute("href")!.Value);
    }

    [Theory]
    [InlineData("section")]
    [InlineData("tag")]
    [InlineData("author")]
    public async Task Listing_feed_has_only_that_listings_articles(string listing)
    {
        var (path, expected) = await ListingFeedAsync(listing);

        var feed = await _client.GetRssAsync(path);

        var titles = feed.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.NotEmpty(titles);
        Assert.Equal(expected.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        Assert.Equal("http://localhost" + path, feed.Root!.Element("channel")!.Element(XmlDocuments.Atom + "link")!.Attribute("href")!.Value);
    }

    [Theory]
    [InlineData("/no-such-section/feed.xml")]
    [InlineData("/tag/no-such-tag/feed.xml")]
    [InlineData("/author/no-such-author/feed.xml")]
    public async Task Feed_of_an_unknown_listing_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Characters_xml_cannot_carry_are_left_out_and_markup_stays_text()
    {
        await site.Factory.AddAsync(TestArticles.Published("Bell\u0007 and <b>bold</b> & more 🚢", summary: "Tab\tand\u0001 escape"));

        var feed = await _client.GetRssAsync("/feed.xml");

        var item = feed.Descendants("item").Single(i => i.Element("title")!.Value.StartsWith("Bell", StringComparison.Ordinal));
        Assert.Equal("Bell and <b>bold</b> & more 🚢", item.Element("title")!.Value);
        Assert.Equal("Tab\tand escape", item.Element("description")!.Value);
    }

    [Fact]
    public async Task Feeds_are_output_cached()
    {
        await _client.GetAsync("/feed.xml");

        Assert.NotNull((await _client.GetAsync("/feed.xml")).Headers.Age);
    }

    /// <summary>The feed address of a listing with published articles, and those articles' titles.</summary>
    private async Task<(string Path, List<string> Titles)> ListingFeedAsync(string listing)
    {
        await using var scope = site.Factory.OpenDatabase();
        var published = scope.Db.Articles.Published(DateTimeOffset.UtcNow);
        return listing switch
        {
            "section" => await SectionAsync(),
            "tag" => await TagAsync(),
            _ => await AuthorAsync(),
        };

        async Task<(string, List<string>)> SectionAsync()
        {
            var slug = await published.Select(a => a.Section!.Slug).FirstAsync();
            return ($"/{slug}/feed.xml", await published.Where(a => a.Section!.Slug == slug).Select(a => a.Title).ToListAsync());
        }

        async Task<(string, List<string>)> TagAsync()
        {
            var slug = await published.SelectMany(a => a.Tags).Select(t => t.Slug).FirstAsync();
            return ($"/tag/{slug}/feed.xml", await published.Where(a => a.Tags.Any(t => t.Slug == slug)).Select(a => a.Title).ToListAsync());
        }

        async Task<(string, List<string>)> AuthorAsync()
        {
            var slug = await published.Select(a => a.Author!.Slug).FirstAsync();
            return ($"/author/{slug}/feed.xml", await published.Where(a => a.Author!.Slug == slug).Select(a => a.Title).ToListAsync());
        }
    }
}
