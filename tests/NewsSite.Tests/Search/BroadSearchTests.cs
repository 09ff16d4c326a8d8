using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

/// <summary>A word found in more articles than are ranked: the newest matches are ranked and shown, all are counted.</summary>
public class BroadSearchTests(BroadSearchTests.PuffinFixture site) : IClassFixture<BroadSearchTests.PuffinFixture>
{
    private const int MatchCount = ArticleSearch.RankedMatches + 5;
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
                SELECT 'Puffin count ' || lpad(n::text, 4, '0'), 'puffin-count-' || n, 'Puffins on the cliffs.', 'Puffins nest here.', '<p>Puffins nest here.</p>',
                       (SELECT min(id) FROM sections), (SELECT min(id) FROM authors), '', '', '', 'Published', false, 0, '', '', 3,
                       now() - n * interval '1 minute', now() - n * interval '1 minute', now() - n * interval '1 minute'
                FROM generate_series(1, {MatchCount}) AS n
                """);
        }
    }

    [Fact]
    public async Task Every_match_is_counted_but_only_the_newest_are_ranked_and_paged()
    {
        var first = await PageAsync("/search?q=puffin");
        var last = await PageAsync("/search?q=puffin&page=999");

        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{MatchCount:N0} results for “puffin”"), first.QuerySelector("h1")!.TextContent);
        Assert.Contains("among the 1,000 most recent", first.QuerySelector(".search-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Page 1 of 100", first.QuerySelector(".pagination__position")!.TextContent);
        Assert.Equal("Puffin count 0001", ResultTitles(first)[0]);
        Assert.Equal("Page 100 of 100", last.QuerySelector(".pagination__position")!.TextContent);
        Assert.Equal($"Puffin count {ArticleSearch.RankedMatches:D4}", ResultTitles(last)[^1]);
    }

    private async Task<IHtmlDocument> PageAsync(string url) => await Html.ParseAsync(await _client.GetAsync(url));

    private static List<string> ResultTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2").Select(e => e.TextContent.Trim()).ToList();
}
