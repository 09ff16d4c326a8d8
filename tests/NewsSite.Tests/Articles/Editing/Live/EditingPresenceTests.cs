using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Frame;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Tests.Articles.Editing.Live;

public class EditingPresenceTests(EditorLiveFixture site) : IClassFixture<EditorLiveFixture>
{
    [Fact]
    public async Task The_second_editor_sees_who_else_is_editing_until_the_first_stops_reporting()
    {
        var owner = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var id = await site.DraftByAsync(owner, "Harbour wall repairs");
        var alex = await SignedInAsync(StaffRoles.Editor, "Alex Editor");
        var (second, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var since = StaffTime.Format(site.Clock.GetUtcNow(), (await site.Factory.Services.GetRequiredService<SiteChrome>().GetAsync()).TimeZone);

        await alex.GetAsync($"/admin/articles/edit/{id}");
        var secondPage = await Html.ParseAsync(await second.GetAsync($"/admin/articles/edit/{id}"));
        site.Clock.Advance(TimeSpan.FromSeconds(20));
        var whileAlexReports = await HeartbeatAsync(second, id);
        await HeartbeatAsync(alex, id);
        site.Clock.Advance(TimeSpan.FromSeconds(61));
        var afterAlexLeft = await HeartbeatAsync(second, id);

        var notice = secondPage.QuerySelector("[data-presence-notice]")!;
        Assert.Equal("status", notice.GetAttribute("role"));
        Assert.False(notice.HasAttribute("hidden"));
        Assert.Equal($"Alex Editor is also editing this article (since {since}).", notice.TextContent);
        Assert.Equal(notice.TextContent, whileAlexReports.Notice);
        Assert.Null(afterAlexLeft.Notice);
    }

    [Fact]
    public async Task Authors_cannot_report_on_articles_of_others_and_a_lost_session_gets_401()
    {
        var owner = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var id = await site.DraftByAsync(owner, "Quiet harbour");
        var (otherAuthor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);

        var refused = await EditorScript.CallAsync(otherAuthor, "Heartbeat", id, await EditorScript.TokenAsync(otherAuthor));
        var anonymous = await EditorScript.CallAsync(site.Factory.CreateBrowser(), "Heartbeat", id, null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.ArticleEditingPresence.AnyAsync(p => p.ArticleId == id));
    }

    private sealed record HeartbeatAnswer(string? Notice);

    private async Task<HttpClient> SignedInAsync(string role, string displayName)
    {
        var email = await site.Factory.AddStaffAsync(role, displayName: displayName);
        var browser = site.Factory.CreateBrowser();
        await browser.SignInAsync(email);
        return browser;
    }

    private static async Task<HeartbeatAnswer> HeartbeatAsync(HttpClient browser, int id)
    {
        var response = await EditorScript.CallAsync(browser, "Heartbeat", id, await EditorScript.TokenAsync(browser));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<HeartbeatAnswer>())!;
    }
}
