using Microsoft.Playwright;

namespace NewsSite.BrowserTests;

public class ReadingTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_opens_the_home_page_follows_a_headline_and_reads_the_article()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        var headline = page.Locator(".card__title a").First;
        var headlineText = (await headline.InnerTextAsync()).Trim();
        await headline.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(headlineText);
        await Assertions.Expect(page.Locator(".article__body h2").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".article__body p").First).ToBeVisibleAsync();
        var caption = page.Locator("figure.hero figcaption");
        await Assertions.Expect(caption).ToBeVisibleAsync();
        await Assertions.Expect(caption.Locator(".credit")).Not.ToBeEmptyAsync();
        var heroLoaded = await page.Locator("figure.hero img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(heroLoaded, "the hero image should load");
    }

    [Fact]
    public async Task Reader_copies_the_articles_link_with_one_click()
    {
        var page = await site.NewPageAsync(permissions: ["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/local/harbour-authority-approves-night-ferry-trial");
        var address = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        await Assertions.Expect(page.Locator(".share__status")).ToHaveTextAsync("Link copied.");
        Assert.Equal(address, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Unknown_address_shows_the_not_found_page_in_the_site_layout()
    {
        var page = await site.NewPageAsync();

        var response = await page.GotoAsync("/local/this-story-does-not-exist");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We couldn’t find that page");
        await Assertions.Expect(page.Locator("footer")).ToContainTextAsync("Privacy Policy");
    }
}
