using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.ReaderPages;

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
            expected = await owned.OrderByDescending(a => a.PublishedAt).Select(a => a.Title).ToListAsync();
        }

        var page = await Html.ParseAsync(await _client.GetAsync(path));

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(expected, page.QuerySelectorAll(".card__title").Select(e => e.TextContent.Trim()));
        Assert.StartsWith(heading, page.Title, StringComparison.Ordinal);
        Assert.EndsWith(path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal($"{path}/feed.xml", page.QuerySelector("link[type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Long_listing_is_paginated_twenty_to_a_page_and_odd_page_numbers_are_clamped()
    {
        var sportId = await SectionIdAsync("sport");
        await site.Factory.AddAsync(Enumerable.Range(0, 25)
            .Select(i => TestArticles.Published($"Sport extra {i}", publishedAt: DateTimeOffset.UtcNow.AddDays(-40 - i)))
            .Select(a => { a.SectionId = sportId; return a; }).ToArray());

        var first = await Html.ParseAsync(await _client.GetAsync("/sport"));
        var second = await Html.ParseAsync(await _client.GetAsync("/sport?page=2"));
        var beyond = await _client.GetAsync("/sport?page=999");
        var nonsense = await _client.GetAsync("/sport?page=abc");

        Assert.Equal(20, first.QuerySelectorAll(".card").Length);
        Assert.Contains("Page 1 of 2", first.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sport?page=2", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.True(second.QuerySelectorAll(".card").Length > 0);
        Assert.Equal("/sport", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("Page 2 of 2", (await Html.ParseAsync(beyond)).QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
    }

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

        var sectionResponse = await _client.GetAsync("/culture?page=1");
        var articleResponse = await _client.GetAsync(oldArticlePath);
        var renamedPage = await _client.GetAsync("/arts-and-culture/after-rename");

        Assert.Equal(HttpStatusCode.MovedPermanently, sectionResponse.StatusCode);
        Assert.Equal("/arts-and-culture?page=1", sectionResponse.Headers.Location!.OriginalString);
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
