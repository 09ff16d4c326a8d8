using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.SiteSettings;

namespace NewsSite.BrowserTests;

public class ArticleEditorLiveTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Typed_markdown_shows_in_the_preview_and_unsaved_text_is_offered_back_after_a_reload()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/articles/edit");
        await page.SignInAsync(email);

        const string text = "## Night ferry returns\n\nThe first crossing left at ten.";
        await page.GetByLabel("Text (Markdown)").FillAsync(text);
        var preview = page.FrameLocator("[data-preview-frame]");
        await Assertions.Expect(preview.Locator(".article__body h2")).ToHaveTextAsync("Night ferry returns");
        // Styled as on the public site (its serif body text), while the admin page keeps its own look.
        await Assertions.Expect(preview.Locator(".article__body p")).ToHaveCSSAsync("font-family", new Regex("^Georgia"));
        await Assertions.Expect(page.Locator("body")).Not.ToHaveCSSAsync("font-family", new Regex("Georgia"));

        // The browser's copy is written every few seconds; reloading without saving stands for a crash.
        await page.WaitForFunctionAsync("text => (localStorage.getItem('newssite.unsaved-article.new') || '').includes('Night ferry returns')", text);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Text (Markdown)")).ToHaveValueAsync("");
        // The copy's time as staff read every time: the site's zone, to the minute, named. (The
        // selector is a JavaScript regular expression literal, where a slash must be escaped.)
        var zone = (await site.Factory.Services.GetRequiredService<SiteSettingsCache>().GetAsync()).TimeZone.Id;
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($@"^Restore unsaved text from \d{{4}}-\d{{2}}-\d{{2}} \d{{2}}:\d{{2}} {Regex.Escape(zone).Replace("/", @"\/", StringComparison.Ordinal)}$") }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Text (Markdown)")).ToHaveValueAsync(text);
        await Assertions.Expect(preview.Locator(".article__body h2")).ToHaveTextAsync("Night ferry returns");
    }
}
