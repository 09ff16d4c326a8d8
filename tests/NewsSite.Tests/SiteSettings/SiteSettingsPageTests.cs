using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.SiteSettings;

public class SiteSettingsPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Admin_renames_the_site_and_adds_a_social_link_and_readers_see_them_at_once()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var reader = site.Factory.CreateClient();
        await reader.GetStringAsync("/");

        var saved = await admin.PostFormAsync("/admin/settings", Form(new()
        {
            ["Form.SiteName"] = "The Estuary Courier",
            ["Form.SocialLinks[0].Network"] = "Mastodon",
            ["Form.SocialLinks[0].Url"] = "https://mastodon.example/@courier",
            ["Form.TimeZone"] = "Europe/Lisbon",
        }));
        var home = await Html.ParseAsync(await reader.GetAsync("/"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("The Estuary Courier", home.QuerySelector(".site-title")!.TextContent);
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://mastodon.example/@courier");
        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal("Europe/Lisbon", (await scope.Db.SiteSettings.SingleAsync()).TimeZone);
    }

    [Fact]
    public async Task Counting_digest_opens_is_off_until_an_Admin_ticks_it_and_the_page_says_what_it_does()
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        var page = await Html.ParseAsync(await admin.GetAsync("/admin/settings"));
        var box = page.QuerySelector("input#count-opens[type=checkbox]")!;

        await admin.PostFormAsync("/admin/settings", Form(new() { ["Form.CountDigestOpens"] = "true" }));
        var ticked = await Html.ParseAsync(await admin.GetAsync("/admin/settings"));
        bool countsAfterTicking;
        await using (var scope = site.Factory.OpenDatabase())
        {
            countsAfterTicking = (await scope.Db.SiteSettings.SingleAsync()).CountDigestOpens;
        }
        // An unticked box posts nothing.
        await admin.PostFormAsync("/admin/settings", Form([]));

        Assert.False(box.HasAttribute("checked"));
        Assert.Equal("Count digest opens (aggregate only)", page.QuerySelector("label[for=count-opens]")!.TextContent);
        Assert.Equal(
            "Puts a 1×1 image in each digest that counts how often each edition is opened, in total only: it identifies no reader, and it counts low, because many mail programs block images.",
            page.GetElementById(box.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.True(countsAfterTicking);
        Assert.True(ticked.QuerySelector("input#count-opens")!.HasAttribute("checked"));
        await using var after = site.Factory.OpenDatabase();
        Assert.False((await after.Db.SiteSettings.SingleAsync()).CountDigestOpens);
    }

    [Theory]
    [InlineData("Form.SiteName", "", "The site name must be 1 to 120 characters.")]
    [InlineData("Form.TimeZone", "Mars/Olympus_Mons", "Choose a time zone from the list.")]
    [InlineData("Form.SocialLinks[0].Url", "javascript:alert(1)", "Each social link needs a name of up to 40 characters and an https:// address (check “Evil”).")]
    [InlineData("Form.SidebarAd.EmbedUrl", "https://untrusted.example/ad", "The sidebar embed must come from a trusted ad server: none is configured (Ads:TrustedEmbedOrigins).")]
    public async Task Bad_values_are_refused_with_a_message_and_nothing_changes(string field, string value, string message)
    {
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);
        string before;
        await using (var scope = site.Factory.OpenDatabase())
        {
            before = System.Text.Json.JsonSerializer.Serialize(await scope.Db.SiteSettings.AsNoTracking().SingleAsync());
        }
        var fields = Form(new() { ["Form.SocialLinks[0].Network"] = "Evil", ["Form.SocialLinks[0].Url"] = "https://ok.example", ["Form.SidebarAd.Kind"] = "Embed" });
        fields[field] = value;

        var page = await Html.ParseAsync(await admin.PostFormAsync("/admin/settings", fields));

        Assert.Contains(message, page.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent));
        await using var after = site.Factory.OpenDatabase();
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(await after.Db.SiteSettings.AsNoTracking().SingleAsync()));
    }

    [Fact]
    public async Task Editor_can_neither_open_nor_post_the_settings()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var token = (await Html.ParseAsync(await editor.GetAsync("/admin"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var opened = await editor.GetAsync("/admin/settings");
        var posted = await editor.PostAsync("/admin/settings", new FormUrlEncodedContent(Form(new() { ["Form.SiteName"] = "Hijacked", ["__RequestVerificationToken"] = token })));

        Assert.StartsWith("/admin/access-denied", opened.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/access-denied", posted.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.NotEqual("Hijacked", (await scope.Db.SiteSettings.SingleAsync()).SiteName);
    }

    /// <summary>A complete, valid form with <paramref name="changes"/> applied.</summary>
    private static Dictionary<string, string> Form(Dictionary<string, string> changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.SiteName"] = "NewsSite Test",
            ["Form.Description"] = "News for tests",
            ["Form.TimeZone"] = "Europe/London",
            ["Form.AdEveryParagraphs"] = "4",
            ["Form.InArticleAd.Kind"] = "None",
            ["Form.SidebarAd.Kind"] = "None",
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }
        return fields;
    }
}
