using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

/// <summary>
/// A word found in more articles than are counted exactly: the count is an estimate, and every
/// match can still be reached, newest first, by following "Next" from page to page.
/// </summary>
public class BroadSearchTests(BroadSearchTests.PuffinFixture site) : IClassFixture<BroadSearchTests.PuffinFixture>
{
    private const int MatchCount = NewsSite.Web.Search.MatchCount.ExactUpTo + 5;
    private readonly HttpClient _client = site.Factory.CreateClient();

    public sealed class PuffinFixture : NewsSiteFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var scope = Factory.OpenDatabase();
            // Written in SQL: a thousand articles through the change tracker would take most of a minute.
            await scope.Db.Database.ExecuteSqlAsync($"""
                INSERT INTO articles (title, slug, summary, body_markdown, body_html, section_id, author_id, hero_alt_text, hero_caption, hero_credit,
                                      status, is_featured, featured_rank, seo_title, seo_description, word_count, created_at, updated_at, published_at)
                SELECT 'Count ' || lpad(n::text, 4, '0'), 'puffin-count-' || n, 'Puffins on the cliffs.', 'Puffins nest here.', '<p>Puffins nest here.</p>',
                       (SELECT min(id) FROM sections), (SELECT min(id) FROM authors), '', '', '', 'Published', false, 0, '', '', 3,
                       now() - n * interval '1 minute', now() - n * interval '1 minute', now() - n * interval '1 minute'
                FROM generate_series(1, {MatchCount}) AS n
                """);
        }
    }

    [Fact]
    public async Task Many_matches_get_an_approximate_count_and_every_one_is_reached_by_paging_newest_first()
    {
        var page = await PageAsync("/search?q=puffin");
        Assert.Equal("About 1,000 results for “puffin”", page.QuerySelector("h1")!.TextContent);

        var titles = new List<string>();
        var pages = 0;
        while (true)
        {
            pages++;
            Assert.Equal($"Page {pages}", page.QuerySelector(".pagination__position")!.TextContent);
            titles.AddRange(ResultTitles(page));
            if (page.QuerySelector("a[rel=next]")?.GetAttribute("href") is not { } next)
            {
                break;
            }
            page = await PageAsync(next);
        }

        var newestFirst = Enumerable.Range(1, MatchCount).Select(n => string.Create(CultureInfo.InvariantCulture, $"Count {n:D4}")).ToList();
        Assert.Equal(newestFirst, titles);
        Assert.Equal((MatchCount + ArticleSearch.PageSize - 1) / ArticleSearch.PageSize, pages);
    }

    private async Task<IHtmlDocument> PageAsync(string url) => await Html.ParseAsync(await _client.GetAsync(url));

    private static List<string> ResultTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2").Select(e => e.TextContent.Trim()).ToList();
}
