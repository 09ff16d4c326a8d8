using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using SkiaSharp;

namespace NewsSite.BrowserTests;

/// <summary>An article's whole life in the admin area, as an Author and an Editor do it in a browser.</summary>
public class NewsroomWorkflowTests(NewsroomBrowserFixture site) : IClassFixture<NewsroomBrowserFixture>
{
    private const string Headline = "Harbour seals return to the inner basin";

    [Fact]
    public async Task Author_submits_with_an_uploaded_image_and_Editor_reviews_schedules_and_withdraws_it()
    {
        var author = await site.SignedInPageAsync(await site.Factory.AddStaffAsync(StaffRoles.Author, displayName: "Ada Author"));
        await author.GotoAsync("/admin/articles/edit");
        await Assertions.Expect(author.GetByRole(AriaRole.Button, new() { Name = "Publish now" })).ToHaveCountAsync(0);
        await author.GetByLabel("Headline", new() { Exact = true }).FillAsync(Headline);
        await author.GetByLabel("Summary", new() { Exact = true }).FillAsync("Twelve seals were counted on the slipway this week.");
        await author.GetByLabel("Text (Markdown)").FillAsync("The seals came back at dawn.\n\nHarbour staff ask visitors to keep their distance.");
        // Ada has no byline of her own, so none is chosen for her: she picks the one the story runs under.
        await author.GetByLabel("Byline").SelectOptionAsync(new SelectOptionValue { Label = "Maya Okafor" });
        await author.GetByLabel("Upload a new hero image").SetInputFilesAsync(new FilePayload { Name = "seals.png", MimeType = "image/png", Buffer = Picture() });
        await author.GetByLabel("Alt text: what the image shows", new() { Exact = false }).FillAsync("Seals resting on a stone slipway");
        await author.GetByLabel("Caption", new() { Exact = true }).FillAsync("Seals on the slipway at first light.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved and sent for review.");
        await Assertions.Expect(author.Locator("main")).ToContainTextAsync("In review");

        // An Author has no way into an Editor's pages, whatever they type.
        var sections = await author.GotoAsync("/admin/sections");
        Assert.Equal(403, sections!.Status);
        await Assertions.Expect(author.Locator("h1")).ToHaveTextAsync("Not allowed");

        var editor = await site.SignedInPageAsync(await site.Factory.AddStaffAsync(StaffRoles.Editor, displayName: "Eve Editor"));
        await editor.GotoAsync("/admin/articles?status=InReview");
        await editor.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();
        await editor.GetByLabel("Text (Markdown)").FillAsync("The seals came back at dawn, the first in four years.\n\nHarbour staff ask visitors to keep their distance.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Saved.");

        await editor.GetByRole(AriaRole.Link, new() { Name = "Revisions" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Compare the chosen revisions" }).ClickAsync();
        await Assertions.Expect(editor.Locator("ins", new() { HasText = "the first in four years" })).ToBeVisibleAsync();

        await editor.GoBackAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit" }).First.ClickAsync();
        var publishAt = await SiteTimeAsync(site.Clock.GetUtcNow().AddHours(2));
        await editor.GetByLabel("Publish at (site time)").FillAsync(publishAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Scheduled.");

        var reader = await site.NewPageAsync();
        var address = await PublicAddressAsync();
        Assert.Equal(404, (await reader.GotoAsync(address))!.Status);

        site.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True(await Eventually.TrueAsync(async () => (await reader.GotoAsync(address))!.Status == 200), "The article did not go live when its time came.");
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(Headline);
        await Assertions.Expect(reader.GetByRole(AriaRole.Img, new() { Name = "Seals resting on a stone slipway" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("Seals on the slipway at first light.");

        await editor.ReloadAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Withdrawn");
        var withdrawn = await reader.GotoAsync(address);
        Assert.Equal(410, withdrawn!.Status);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("This article has been withdrawn");
    }

    private static byte[] Picture()
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(40, 90, 130));
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private async Task<DateTime> SiteTimeAsync(DateTimeOffset instant)
    {
        var frame = await site.Factory.Services.GetRequiredService<SiteChrome>().GetAsync();
        return TimeZoneInfo.ConvertTime(instant, frame.TimeZone).DateTime;
    }

    private async Task<string> PublicAddressAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Articles.Where(a => a.Title == Headline).Select(a => "/" + a.Section!.Slug + "/" + a.Slug).SingleAsync();
    }
}
