using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Articles;
using NewsSite.Web.Authors;
using NewsSite.Web.Search.Lexicon;

namespace NewsSite.Tests.Search;

/// <summary>Search forgives what readers type: other spellings, half-typed words, misspellings and author names.</summary>
public class ForgivingSearchTests(ForgivingSearchTests.ArchiveFixture site) : IClassFixture<ForgivingSearchTests.ArchiveFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    /// <summary>A small archive whose words the lexicon has read, as the background worker would have.</summary>
    public sealed class ArchiveFixture : NewsSiteFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var scope = Factory.OpenDatabase())
            {
                scope.Db.Authors.Add(new Author { Name = "Tamsin Pengelly", Slug = "tamsin-pengelly" });
                await scope.Db.SaveChangesAsync();
            }
            int pengelly;
            await using (var scope = Factory.OpenDatabase())
            {
                pengelly = await scope.Db.Authors.Where(a => a.Slug == "tamsin-pengelly").Select(a => a.Id).SingleAsync();
            }
            var embargoed = TestArticles.Published("Embargoed zorblaxian results", body: "The zorblaxian figures are out on Monday.", publishedAt: DateTimeOffset.UtcNow.AddDays(2));
            embargoed.Status = ArticleStatus.Scheduled;
            var byPengelly = TestArticles.Published("Tide tables for the spring", body: "High water comes early this week.");
            byPengelly.AuthorId = pengelly;
            await Factory.AddAsync([
                TestArticles.Published("Arbour day planting", body: "The arbour by the church was replanted."),
                TestArticles.Published("Ohio arbor festival", body: "Volunteers built an arbor."),
                TestArticles.Published("Night gondola timetable", body: "The gondola leaves at ten."),
                TestArticles.Published("Typo corner", body: "A rushed plebiscte report went out."),
                TestArticles.Published("Letters page", body: "A reader praised Tamsin Pengelly's tide tables."),
                byPengelly,
                embargoed,
                .. Enumerable.Range(1, 10).Select(i => TestArticles.Published($"Council vote {i}", body: "The plebiscite count went on all night.",
                    publishedAt: DateTimeOffset.UtcNow.AddHours(-i))),
            ]);
            await using var services = Factory.Services.CreateAsyncScope();
            var lexicon = services.ServiceProvider.GetRequiredService<SearchLexiconReader>();
            while (await lexicon.ReadNextBatchAsync(CancellationToken.None) > 0)
            {
            }
        }
    }

    [Theory]
    [InlineData("arbor")]
    [InlineData("arbour")]
    [InlineData("ARBOR")]
    public async Task British_and_American_spellings_find_each_other(string query)
    {
        var page = await SearchAsync(query);

        Assert.Equal(["Arbour day planting", "Ohio arbor festival"], ResultTitles(page).Order());
    }

    [Theory]
    [InlineData("gond")]
    [InlineData("night gondo")]
    public async Task The_last_word_finds_words_it_begins_while_it_is_being_typed(string query)
    {
        Assert.Equal(["Night gondola timetable"], ResultTitles(await SearchAsync(query)));
    }

    [Fact]
    public async Task A_misspelt_word_that_finds_nothing_shows_the_results_for_its_correction()
    {
        var page = await SearchAsync("plebicite");

        Assert.Contains("Showing results for plebiscite instead", page.QuerySelector(".search-correction")!.TextContent, StringComparison.Ordinal);
        var asTyped = await Html.ParseAsync(await _client.GetAsync(page.QuerySelector(".search-correction a")!.GetAttribute("href")!));
        Assert.Equal("No results for “plebicite”", asTyped.QuerySelector("h1")!.TextContent);
        Assert.Equal("10 results for “plebiscite”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Council vote 1", ResultTitles(page)[0]);
    }

    [Fact]
    public async Task Asking_for_the_spelling_as_typed_finds_nothing_and_offers_the_correction()
    {
        var page = await Html.ParseAsync(await _client.GetAsync("/search?q=plebicite&exact=true"));

        Assert.Equal("No results for “plebicite”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/search?q=plebiscite", page.QuerySelector(".search-correction a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_rare_spelling_that_finds_a_little_is_shown_with_a_better_known_one_offered()
    {
        var page = await SearchAsync("plebiscte");

        Assert.Equal(["Typo corner"], ResultTitles(page));
        Assert.Equal("Did you mean plebiscite?", page.QuerySelector(".search-correction")!.TextContent);
    }

    [Fact]
    public async Task An_authors_name_finds_their_articles_first_and_links_to_their_page()
    {
        var page = await SearchAsync("tamsin pengelly");

        Assert.Equal(["Tide tables for the spring", "Letters page"], ResultTitles(page));
        Assert.Equal("/author/tamsin-pengelly", page.QuerySelector(".search-author a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_embargoed_articles_words_are_neither_found_nor_suggested()
    {
        var page = await SearchAsync("zorblaxian");
        var nearMiss = await SearchAsync("zorblaxion");

        Assert.Equal("No results for “zorblaxian”", page.QuerySelector("h1")!.TextContent);
        Assert.Null(nearMiss.QuerySelector(".search-correction"));
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.SearchWords.AnyAsync(w => w.Word == "zorblaxian"));
    }

    private async Task<IHtmlDocument> SearchAsync(string query) =>
        await Html.ParseAsync(await _client.GetAsync($"/search?q={Uri.EscapeDataString(query)}"));

    private static List<string> ResultTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-result h2").Select(e => e.TextContent.Trim()).ToList();
}
