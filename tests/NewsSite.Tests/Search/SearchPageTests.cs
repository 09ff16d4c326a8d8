using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;

namespace NewsSite.Tests.Search;

public class SearchPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Title_match_ranks_above_a_newer_body_only_match()
    {
        await site.Factory.AddAsync(
            TestArticles.Published("Quillwort returns to the estuary", body: "Botanists counted the plants.", publishedAt: DateTimeOffset.UtcNow.AddDays(-3)),
            TestArticles.Published("Volunteers survey the mudflats", body: "Among the finds was a patch of quillwort near the pier."));

        var page = await SearchAsync("quillwort");

        Assert.Equal(["Quillwort returns to the estuary", "Volunteers survey the mudflats"], ResultTitles(page));
        Assert.Equal("2 results for “quillwort”", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Quoted_phrase_matches_only_the_words_side_by_side()
    {
        await site.Factory.AddAsync(
            TestArticles.Published("Phrase adjacent", body: "The zephyr marmalade stall opened early."),
            TestArticles.Published("Phrase apart", body: "A zephyr blew across the stall selling marmalade."));

        Assert.Equal(["Phrase adjacent"], ResultTitles(await SearchAsync("\"zephyr marmalade\"")));
        Assert.Equal(2, ResultTitles(await SearchAsync("zephyr marmalade")).Count);
    }

    [Fact]
    public async Task Minus_word_leaves_out_articles_containing_it()
    {
        await site.Factory.AddAsync(
            TestArticles.Published("Gannet colony grows", body: "The gannet colony on the stack grew again."),
            TestArticles.Published("Gannet chicks ringed", body: "Ringers tagged gannet chicks from the trawler."));

        Assert.Equal(["Gannet colony grows"], ResultTitles(await SearchAsync("gannet -trawler")));
    }

    [Fact]
    public async Task Snippet_marks_the_matched_word_and_shows_the_articles_text_as_text()
    {
        await site.Factory.AddAsync(TestArticles.Published("Snippet safety",
            summary: "The kittiwake summary says <b>bold</b> & a < b.",
            body: "Where `&lt;` a < b & c > d the **kittiwake** nests <script>alert(1)</script> <img src=x onerror=alert(1)>."));

        var page = await SearchAsync("kittiwake");
        var snippet = page.QuerySelector(".search-result__snippet")!;

        Assert.All(snippet.QuerySelectorAll("mark"), mark => Assert.Equal("kittiwake", mark.TextContent));
        Assert.DoesNotContain(snippet.Children, e => e.LocalName != "mark");
        Assert.Empty(page.QuerySelectorAll("main script, main img, main b"));
        Assert.Contains("kittiwake summary says <b>bold</b> & a < b.", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Where &lt; a < b & c > d the kittiwake nests", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_shows_its_section_date_and_a_link_to_the_article()
    {
        var paths = await site.Factory.AddAsync(TestArticles.Published("Cormorant census", summary: "Cormorants counted."));

        var result = (await SearchAsync("cormorant census")).QuerySelector(".search-result")!;
        var article = await _client.GetAsync(result.QuerySelector("h2 a")!.GetAttribute("href"));

        Assert.Equal(paths[0], result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(result.QuerySelector(".kicker")!.TextContent));
        Assert.True(DateTimeOffset.TryParse(result.QuerySelector("time")!.GetAttribute("datetime"), out _));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Fact]
    public async Task Drafts_and_scheduled_articles_are_not_found()
    {
        var draft = TestArticles.Published("Draft about a sandpiper");
        draft.Status = ArticleStatus.Draft;
        await site.Factory.AddAsync(draft, TestArticles.Published("Scheduled sandpiper", publishedAt: DateTimeOffset.UtcNow.AddDays(1)));

        var page = await SearchAsync("sandpiper");

        Assert.Empty(ResultTitles(page));
        Assert.Equal("No results for “sandpiper”", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Empty_query_shows_the_search_form_and_a_hint()
    {
        var response = await _client.GetAsync("/search");
        var page = await Html.ParseAsync(response);

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("label input[name=q]"));
        Assert.NotNull(page.QuerySelector(".search-hint"));
        Assert.Null(page.QuerySelector(".search-results"));
    }

    [Fact]
    public async Task Search_pages_are_output_cached_per_query()
    {
        await _client.GetAsync("/search?q=harbour");
        var again = await _client.GetAsync("/search?q=harbour");
        var other = await _client.GetAsync("/search?q=library");

        Assert.NotNull(again.Headers.Age);
        Assert.Null(other.Headers.Age);
        Assert.Contains("for “library”", (await Html.ParseAsync(other)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> SearchAsync(string query) =>
        await Html.ParseAsync(await _client.GetAsync($"/search?q={Uri.EscapeDataString(query)}"));

    private static List<string> ResultTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2").Select(e => e.TextContent.Trim()).ToList();
}
