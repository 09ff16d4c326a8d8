using Microsoft.Playwright;

namespace NewsSite.BrowserTests;

public class BrowsingTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_browses_a_section_from_the_header_and_a_tag_from_an_article()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Business" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Business");
        await Assertions.Expect(page.Locator(".card").First).ToBeVisibleAsync();

        await page.Locator(".card__title a").First.ClickAsync();
        var tag = page.Locator(".tags a").First;
        var tagName = (await tag.InnerTextAsync()).Trim();
        await tag.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Tagged “{tagName}”");
        await Assertions.Expect(page.Locator(".card").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Reader_searches_from_the_header_and_opens_a_highlighted_result()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");

        var search = page.GetByRole(AriaRole.Search).First;
        await search.GetByRole(AriaRole.Searchbox).FillAsync("ferry");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("for “ferry”");
        await Assertions.Expect(page.Locator(".search-result mark").First).ToBeVisibleAsync();
        var first = page.Locator(".search-result .card__title a").First;
        var title = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task Reader_follows_previous_and_next_between_articles()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("section[aria-labelledby=latest-heading] .card__title a").Nth(2).ClickAsync();
        var start = page.Url;

        var previous = page.Locator(".article-nav a[rel=prev]");
        var previousTitle = (await previous.TextContentAsync())!.Replace("Previous", "", StringComparison.Ordinal).Trim();
        await previous.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(previousTitle);

        await page.Locator(".article-nav a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(start);
    }

    [Fact]
    public async Task Chosen_theme_is_applied_and_kept_after_a_reload()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        var toggle = page.Locator(".theme-toggle");
        var startedDark = await toggle.GetAttributeAsync("aria-pressed") == "true";

        await toggle.ClickAsync();
        await page.ReloadAsync();

        var expected = startedDark ? "light" : "dark";
        Assert.Equal(expected, await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", startedDark ? "false" : "true");
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal(startedDark ? "rgb(253, 252, 249)" : "rgb(18, 19, 22)", background);
    }
}
