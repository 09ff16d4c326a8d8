using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace NewsSite.BrowserTests;

/// <summary>An advertisement takes exactly the room its slot declares, whatever the picture sent for it.</summary>
public class AdvertisementTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_slot_declared_600_by_150_is_600_by_150_even_when_its_picture_is_another_shape()
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            var settings = await scope.Db.SiteSettings.SingleAsync();
            // The demo's 300×250 picture in a slot declared 600×150.
            settings.Ads.InArticle!.ImageUrl = settings.Ads.Sidebar!.ImageUrl;
            settings.Ads.InArticle.Width = 600;
            settings.Ads.InArticle.Height = 150;
            await scope.Db.SaveChangesAsync();
        }
        var page = await site.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync("/local/harbour-authority-approves-night-ferry-trial");
        var advertisement = page.Locator(".article__body .ad-slot__frame").First;
        await advertisement.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(advertisement).ToHaveJSPropertyAsync("complete", true);
        var box = (await advertisement.BoundingBoxAsync())!;

        Assert.Equal((600f, 150f), (box.Width, box.Height));
    }
}
