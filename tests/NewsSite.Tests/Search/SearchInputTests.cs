using System.Net;
using AngleSharp.Html.Dom;
using NewsSite.TestSupport;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

/// <summary>Whatever arrives in <c>q</c> and <c>page</c>, the reader gets a normal page.</summary>
public class SearchInputTests(SearchInputTests.WombatFixture site) : IClassFixture<SearchInputTests.WombatFixture>
{
    private const int PagedArticleCount = 23;
    private readonly HttpClient _client = site.Factory.CreateClient();

    /// <summary>Enough articles about wombats for three pages of results.</summary>
    public sealed class WombatFixture : NewsSiteFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            // Same words, so equal rank: the order among them must be newest first.
            await Factory.AddAsync(Enumerable.Range(1, PagedArticleCount)
                .Select(i => TestArticles.Published($"Wombat sighting {i:D2}", body: "A wombat was seen.", publishedAt: DateTimeOffset.UtcNow.AddHours(-i)))
                .ToArray());
        }
    }

    public static TheoryData<string> OddQueries =>
    [
        "<script>alert(1)</script>",
        "'; DROP TABLE articles; --",
        "&&&",
        "!!!",
        "\"unbalanced",
        "-",
        "the and",
        "\"><img src=x onerror=alert(1)>",
        "Ünïcödé façade 東京",
        "ferry 🚢⛴️",
        "a:* | !b & (c",
    ];

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Odd_and_hostile_queries_get_a_normal_page_that_shows_them_as_text(string query)
    {
        var response = await _client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(query, ((IHtmlInputElement)page.QuerySelector("input[name=q]")!).Value);
        Assert.Contains($"“{query}”", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("%01%02%03")]
    [InlineData("%20%20%20")]
    public async Task Queries_of_nothing_printable_get_the_empty_search_page(string encodedQuery)
    {
        var response = await _client.GetAsync($"/search?q={encodedQuery}");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("", ((IHtmlInputElement)page.QuerySelector("input[name=q]")!).Value);
    }

    [Fact]
    public async Task Stop_words_alone_find_nothing()
    {
        var page = await Html.ParseAsync(await _client.GetAsync("/search?q=the%20and"));

        Assert.NotNull(page.QuerySelector(".empty"));
        Assert.Null(page.QuerySelector(".search-results"));
    }

    [Fact]
    public async Task Very_long_query_is_cut_to_the_maximum_length()
    {
        var query = string.Concat(Enumerable.Repeat("wombat ", 1500));

        var response = await _client.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var page = await Html.ParseAsync(response);

        var shown = ((IHtmlInputElement)page.QuerySelector("input[name=q]")!).Value;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(shown.Length <= SearchQuery.MaxLength);
        Assert.StartsWith("wombat wombat", shown, StringComparison.Ordinal);
        Assert.Equal(ArticleSearch.PageSize, ResultTitles(page).Count);
    }

    [Fact]
    public async Task Results_come_ten_to_a_page_with_previous_and_next_links()
    {
        var first = await PageAsync("/search?q=wombat");
        var second = await PageAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var third = await PageAsync(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var backToSecond = await PageAsync(third.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);

        Assert.Equal($"{PagedArticleCount} results for “wombat”", first.QuerySelector("h1")!.TextContent);
        Assert.Equal("Page 1", Position(first));
        Assert.Equal("Page 2", Position(second));
        Assert.Equal("Page 3", Position(third));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Null(third.QuerySelector("a[rel=next]"));
        Assert.Equal(ResultTitles(second), ResultTitles(backToSecond));
        var all = ResultTitles(first).Concat(ResultTitles(second)).Concat(ResultTitles(third)).ToList();
        var newestFirst = Enumerable.Range(1, PagedArticleCount).Select(i => $"Wombat sighting {i:D2}").ToList();
        Assert.Equal(newestFirst, all);
        Assert.Equal("11", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1&after=junk")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999")]
    [InlineData("page=7&after=2-99999999999999999999-1")]
    [InlineData("page=2&before=1-x-y")]
    [InlineData("after=9-0-0")]
    [InlineData("page=7&after=2-0-1")]
    public async Task A_page_number_or_cursor_that_does_not_hold_gives_the_first_page(string paging)
    {
        var response = await _client.GetAsync($"/search?q=wombat&{paging}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page 1", Position(page));
        Assert.Equal("Wombat sighting 01", ResultTitles(page)[0]);
    }

    private async Task<IHtmlDocument> PageAsync(string url) => await Html.ParseAsync(await _client.GetAsync(url));

    private static string Position(IHtmlDocument page) => page.QuerySelector(".pagination__position")!.TextContent;

    private static List<string> ResultTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2").Select(e => e.TextContent.Trim()).ToList();
}
