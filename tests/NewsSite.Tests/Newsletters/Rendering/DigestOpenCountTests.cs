using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using NewsSite.Web.Newsletters;
using SkiaSharp;

namespace NewsSite.Tests.Newsletters.Rendering;

/// <summary>
/// Aggregate open counts: an image in the digest only while an Admin has counting on, the same
/// address for every reader, counted only for editions that went out, and the total in the report.
/// Each test sets counting itself, since the tests of this class share one database.
/// </summary>
public class DigestOpenCountTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task With_counting_off_the_digest_has_no_image_at_all()
    {
        await CountOpensAsync(false);
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Harbour reopens"));

        var html = (await site.Factory.DigestForAsync(edition, await site.Factory.SubscriberAsync()))!.HtmlPart();

        Assert.Empty(html.QuerySelectorAll("img"));
    }

    [Fact]
    public async Task With_counting_on_every_reader_gets_the_same_1x1_image_naming_the_edition_and_nobody()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var saved = await admin.PostFormAsync("/admin/settings", new()
        {
            ["Form.SiteName"] = "The Estuary Courier", ["Form.TimeZone"] = "UTC", ["Form.CountDigestOpens"] = "true",
            ["Form.AdEveryParagraphs"] = "0", ["Form.InArticleAd.Kind"] = "None", ["Form.SidebarAd.Kind"] = "None",
        });
        // Rendered after the change: a released edition's rendering is kept for a while.
        var edition = await site.Factory.OneArticleEditionAsync(TestArticles.Published("Ferry timetable changes"));
        var first = await site.Factory.SubscriberAsync();
        var second = await site.Factory.SubscriberAsync();

        var firstImages = (await site.Factory.DigestForAsync(edition, first))!.HtmlPart().QuerySelectorAll("img");
        var secondImages = (await site.Factory.DigestForAsync(edition, second))!.HtmlPart().QuerySelectorAll("img");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var image = Assert.Single(firstImages);
        Assert.Equal(("1", "1", ""), (image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("alt")));
        var src = image.GetAttribute("src")!;
        // The whole address is the edition's: no subscriber id, key or address can hide in it.
        Assert.Equal($"http://localhost/digest-opened/{edition}.gif", src);
        Assert.DoesNotContain(first.LinkKey, src, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(first.Email!.Split('@')[0], src, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(src, Assert.Single(secondImages).GetAttribute("src"));
    }

    [Theory]
    [InlineData(DigestEditionStatus.Sending)]
    [InlineData(DigestEditionStatus.Paused)]
    [InlineData(DigestEditionStatus.Sent)]
    public async Task Loading_the_image_of_an_edition_that_went_out_counts_one_open_and_answers_an_uncached_cookie_free_gif(DigestEditionStatus status)
    {
        await CountOpensAsync(true);
        var edition = await EditionAsync(status);

        var response = await site.Factory.CreateClient().GetAsync(DigestOpens.ImagePath(edition));

        await AssertAnsweredWithTheImageAsync(response);
        Assert.Equal(1, await OpenCountAsync(edition));
    }

    [Theory]
    [InlineData(false, DigestEditionStatus.Sent)]
    [InlineData(true, DigestEditionStatus.Draft)]
    [InlineData(true, DigestEditionStatus.Skipped)]
    public async Task Nothing_is_counted_with_counting_off_or_for_an_edition_that_never_went_out(bool counting, DigestEditionStatus status)
    {
        await CountOpensAsync(counting);
        var edition = await EditionAsync(status);

        var response = await site.Factory.CreateClient().GetAsync(DigestOpens.ImagePath(edition));

        await AssertAnsweredWithTheImageAsync(response);
        Assert.Equal(0, await OpenCountAsync(edition));
    }

    [Fact]
    public async Task An_edition_that_does_not_exist_gets_the_same_image()
    {
        await CountOpensAsync(true);

        await AssertAnsweredWithTheImageAsync(await site.Factory.CreateClient().GetAsync(DigestOpens.ImagePath(long.MaxValue)));
    }

    [Fact]
    public async Task The_report_shows_the_opens_counted_while_counting_is_on_or_once_some_were()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        await CountOpensAsync(false);
        var edition = await EditionAsync(DigestEditionStatus.Sent);
        var neverCounted = await OpensInReportAsync(editor, edition);

        await CountOpensAsync(true);
        var countingNone = await OpensInReportAsync(editor, edition);
        await site.Factory.CreateClient().GetAsync(DigestOpens.ImagePath(edition));
        await site.Factory.CreateClient().GetAsync(DigestOpens.ImagePath(edition));
        await CountOpensAsync(false);
        var counted = await OpensInReportAsync(editor, edition);

        Assert.Null(neverCounted);
        Assert.Equal("0 (aggregate; mail programs that block images are not counted)", countingNone);
        Assert.Equal("2 (aggregate; mail programs that block images are not counted)", counted);
    }

    private static async Task AssertAnsweredWithTheImageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(43, bytes.Length);
        using var image = SKBitmap.Decode(bytes);
        Assert.Equal((1, 1, (byte)0), (image.Width, image.Height, image.GetPixel(0, 0).Alpha));
    }

    /// <summary>The report's "Opens counted" entry, or null when it has none.</summary>
    private static async Task<string?> OpensInReportAsync(HttpClient editor, long edition)
    {
        var page = await Html.ParseAsync(await editor.GetAsync($"/admin/digests/{edition}"));
        Assert.NotNull(page.QuerySelector(".digest-report"));
        return page.QuerySelectorAll(".digest-report div").SingleOrDefault(d => d.QuerySelector("dt")!.TextContent == "Opens counted")?.QuerySelector("dd")!.TextContent;
    }

    private async Task<long> EditionAsync(DigestEditionStatus status)
    {
        await using var scope = site.Factory.OpenDatabase();
        var article = await scope.Db.Articles.Where(a => a.Status == Web.Articles.ArticleStatus.Published).Select(a => a.Id).FirstAsync();
        return await site.Factory.EditionAsync("", "", status, (article, 0));
    }

    private async Task<long> OpenCountAsync(long edition)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.DigestEditions.Where(e => e.Id == edition).Select(e => e.OpenCount).SingleAsync();
    }

    /// <summary>Sets the Admin's switch in the database and drops the frame kept in memory, as saving the settings page does.</summary>
    private async Task CountOpensAsync(bool on)
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            var settings = await scope.Db.SiteSettings.SingleOrDefaultAsync();
            if (settings is null)
            {
                settings = new NewsSite.Web.SiteSettings.SiteSettings();
                scope.Db.SiteSettings.Add(settings);
            }
            settings.CountDigestOpens = on;
            await scope.Db.SaveChangesAsync();
        }
        site.Factory.Services.GetRequiredService<SiteChrome>().Forget();
    }
}
