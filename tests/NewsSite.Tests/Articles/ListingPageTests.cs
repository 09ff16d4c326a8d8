using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Infrastructure;

namespace NewsSite.Tests.Articles;

public class ListingPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/business", "Business")]
    [InlineData("/tag/harbour", "Tagged “harbour”")]
    [InlineData("/author/maya-okafor", "Maya Okafor")]
    public async Task Listing_shows_only_its_own_articles_newest_first(string path, string heading)
    {
        List<string> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var published = scope.Db.Articles.Where(a => a.Status == ArticleStatus.Published);
            var owned = path.Split('/')[1] switch
            {
                "tag" => published.Where(a => a.Tags.Any(t => t.Slug == "harbour")),
                "author" => published.Where(a => a.Author!.Slug == "maya-okafor"),
                _ => published.Where(a => a.Section!.Slug == "business"),
            };
            // The first page's worth: another test here adds enough articles to page some listings.
            expected = await owned.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Select(a => a.Title).Take(Listing.PageSize).ToListAsync();
        }

        var page = await Html.ParseAsync(await _client.GetAsync(path));

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(expected, page.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()));
        Assert.StartsWith(heading, page.Title, StringComparison.Ordinal);
        Assert.EndsWith(path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal($"{path}/feed.xml", page.QuerySelector("link[type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Long_listing_pages_by_older_and_newer_links_that_carry_a_cursor()
    {
        var sportId = await SectionIdAsync("sport");
        // Two articles share a publishing time, so the cursor must settle ties by id.
        var sameMoment = DateTimeOffset.UtcNow.AddDays(-60);
        await site.Factory.AddAsync(Enumerable.Range(0, 45)
            .Select(i => TestArticles.Published($"Sport extra {i}", publishedAt: i is 20 or 21 ? sameMoment : DateTimeOffset.UtcNow.AddDays(-40 - i)))
            .Select(a => { a.SectionId = sportId; return a; }).ToArray());
        List<string> expected;
        await using (var scope = site.Factory.OpenDatabase())
        {
            expected = await scope.Db.Articles.Published(DateTimeOffset.UtcNow).Where(a => a.SectionId == sportId)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Title).ToListAsync();
        }

        var pages = new List<(string Url, List<string> Titles, string? Newer, string? Older)>();
        for (string? url = "/sport"; url is not null; url = pages[^1].Older)
        {
            var page = await Html.ParseAsync(await _client.GetAsync(url));
            pages.Add((url, page.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()).ToList(),
                page.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href"), page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href")));
            Assert.EndsWith(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.True(pages.Count <= expected.Count, "the older links must come to an end");
        }

        Assert.Equal(expected, pages.SelectMany(p => p.Titles));
        Assert.All(pages.SkipLast(1), p => Assert.Equal(Listing.PageSize, p.Titles.Count));
        Assert.Null(pages[0].Newer);
        Assert.All(pages.Skip(1), p => Assert.StartsWith("/sport?before=", p.Url, StringComparison.Ordinal));
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Equal(pages[i - 1].Url, pages[i].Newer);
        }
    }

    [Theory]
    [InlineData("/sport?page=2")]
    [InlineData("/sport?page=1")]
    [InlineData("/sport?page=abc")]
    public async Task Old_page_numbers_lead_to_the_first_page(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sport", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/sport?before=abc")]
    [InlineData("/sport?before=1764489300000000")]
    [InlineData("/sport?before=1764489300000000_")]
    [InlineData("/sport?before=1764489300000000_-4")]
    [InlineData("/sport?before=99999999999999999999999_1")]
    [InlineData("/sport?before=1_1")]
    [InlineData("/sport?before=1764489300000000_1&before=1764489300000000_2")]
    [InlineData("/tag/harbour?before=%00")]
    [InlineData("/author/maya-okafor?before=1_1")]
    public async Task Junk_tampered_or_exhausted_cursor_is_not_found(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);

    [Theory]
    [InlineData("/tag/harbour")]
    [InlineData("/author/maya-okafor")]
    public async Task Tag_and_author_pages_accept_a_cursor_from_their_own_articles(string path)
    {
        var first = await Html.ParseAsync(await _client.GetAsync(path));
        var titles = first.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()).ToList();
        var cursor = new KeysetCursor(DateTimeOffset.UtcNow.AddYears(1), int.MaxValue).ToString();

        var fromFuture = await Html.ParseAsync(await _client.GetAsync($"{path}?before={cursor}"));

        Assert.NotEmpty(titles);
        Assert.Equal(titles, fromFuture.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()));
        Assert.Equal(path, fromFuture.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Tag_page_follows_an_article_whose_embargo_is_brought_forward()
    {
        var article = TestArticles.Published("Harbour story held back", publishedAt: DateTimeOffset.UtcNow.AddDays(3));
        await using (var scope = site.Factory.OpenDatabase())
        {
            article.Tags.Add(await scope.Db.Tags.SingleAsync(t => t.Slug == "harbour"));
            scope.Db.Articles.Add(article);
            article.SectionId = await scope.Db.Sections.Select(s => s.Id).FirstAsync();
            article.AuthorId = await scope.Db.Authors.Select(a => a.Id).FirstAsync();
            await scope.Db.SaveChangesAsync();
        }
        var whileEmbargoed = await TitlesAsync("/tag/harbour");
        await using (var scope = site.Factory.OpenDatabase())
        {
            (await scope.Db.Articles.SingleAsync(a => a.Id == article.Id)).PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await scope.Db.SaveChangesAsync();
        }

        var released = await TitlesAsync("/tag/harbour");

        Assert.DoesNotContain("Harbour story held back", whileEmbargoed);
        Assert.Equal("Harbour story held back", released[0]);
    }

    private async Task<List<string>> TitlesAsync(string path) =>
        (await Html.ParseAsync(await _client.GetAsync(path))).QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("/no-such-section")]
    [InlineData("/tag/no-such-tag")]
    [InlineData("/author/nobody")]
    public async Task Unknown_listing_is_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);

    [Fact]
    public async Task Renamed_section_and_article_answer_their_old_addresses_with_permanent_redirects()
    {
        var article = TestArticles.Published("Before the rename");
        article.Slug = "before-rename";
        article.SectionId = await SectionIdAsync("culture");
        var oldArticlePath = (await site.Factory.AddAsync(article)).Single();
        await using (var scope = site.Factory.OpenDatabase())
        {
            (await scope.Db.Sections.SingleAsync(s => s.Slug == "culture")).Slug = "arts-and-culture";
            (await scope.Db.Articles.SingleAsync(a => a.Slug == "before-rename")).Slug = "after-rename";
            await scope.Db.SaveChangesAsync();
        }

        var cursor = new KeysetCursor(DateTimeOffset.UtcNow, int.MaxValue).ToString();
        var sectionResponse = await _client.GetAsync("/culture?before=" + cursor);
        var articleResponse = await _client.GetAsync(oldArticlePath);
        var renamedPage = await _client.GetAsync("/arts-and-culture/after-rename");

        Assert.Equal(HttpStatusCode.MovedPermanently, sectionResponse.StatusCode);
        Assert.Equal("/arts-and-culture?before=" + cursor, sectionResponse.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, articleResponse.StatusCode);
        Assert.Equal("/arts-and-culture/after-rename", articleResponse.Headers.Location!.OriginalString);
        Assert.Equal("/culture/before-rename", oldArticlePath);
        Assert.Equal(HttpStatusCode.OK, renamedPage.StatusCode);
    }

    private async Task<int> SectionIdAsync(string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }
}
