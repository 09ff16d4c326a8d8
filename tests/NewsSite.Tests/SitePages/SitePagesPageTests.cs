using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Tests.Accounts;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.SitePages;

/// <summary>The site on a clock the tests move, so a version dated tomorrow can be seen to start tomorrow.</summary>
public class SitePagesFixture : NewsSiteFixture
{
    public FakeTimeProvider Clock { get; private set; } = null!;

    /// <summary>Runs once the database is copied, so the seeded pages are already in force when the clock starts.</summary>
    protected override void Configure(NewsSiteFactory factory)
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class SitePagesPageTests(SitePagesFixture site) : IClassFixture<SitePagesFixture>
{
    [Fact]
    public async Task Editor_orders_the_footer_links_of_the_standing_pages()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var before = await FooterLinksAsync();

        var saved = await editor.PostFormAsync($"/admin/pages?handler=Order&id={await IdOfAsync("terms-of-use")}", new() { ["sortOrder"] = "-5" });
        var list = await Html.ParseAsync(await editor.GetAsync(saved.Headers.Location!.OriginalString));
        var after = await FooterLinksAsync();

        Assert.Equal("Footer order saved.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("/pages/terms-of-use", after[0]);
        Assert.Equal(before.Where(l => l != "/pages/terms-of-use"), after.Skip(1));
    }

    private async Task<List<string>> FooterLinksAsync() =>
        (await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/search")))
            .QuerySelectorAll("footer nav[aria-label='About this site'] a[href^='/pages/']").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task A_new_version_is_public_at_once_and_the_old_ones_stay_as_they_were_in_the_history()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var id = await IdOfAsync("about");
        var before = await VersionsAsync(id);
        var shownBefore = await PublicTitleAsync("/pages/about");

        var published = await editor.PostFormAsync($"/admin/pages/edit/{id}?handler=Publish", new()
        {
            ["Input.Title"] = "About the newsroom", ["Input.Summary"] = "Who we are.", ["Input.BodyMarkdown"] = "We **report** on <Port Alder>.",
        });
        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/pages/about"));
        var history = await Html.ParseAsync(await editor.GetAsync($"/admin/pages/edit/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(before[0].Title, shownBefore);
        Assert.Equal("About the newsroom", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("report", page.QuerySelector(".article__body strong")!.TextContent);
        Assert.Equal(before, (await VersionsAsync(id)).Skip(1));
        var entries = history.QuerySelectorAll(".page-versions summary").Select(s => s.TextContent).ToList();
        Assert.Equal(before.Count + 1, entries.Count);
        Assert.EndsWith("(in force)", entries[0], StringComparison.Ordinal);
        Assert.All(entries.Skip(1), entry => Assert.EndsWith("(replaced)", entry, StringComparison.Ordinal));
        Assert.Contains(before[0].Title, entries[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_dated_tomorrow_is_shown_from_tomorrow()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var id = await IdOfAsync("terms-of-use");
        var oldTitle = await PublicTitleAsync("/pages/terms-of-use");

        await editor.PostFormAsync($"/admin/pages/edit/{id}?handler=Publish", Fields("", "Terms of Use (2027)", "New terms.", effectiveInMinutes: 24 * 60));
        var today = await PublicTitleAsync("/pages/terms-of-use");
        var list = await Html.ParseAsync(await editor.GetAsync("/admin/pages"));
        site.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var later = await PublicTitleAsync("/pages/terms-of-use");

        Assert.Equal(oldTitle, today);
        Assert.Contains(list.QuerySelectorAll("tbody td:nth-child(4)"), cell => cell.TextContent.StartsWith("Version ", StringComparison.Ordinal));
        Assert.Equal("Terms of Use (2027)", later);
    }

    [Theory]
    [InlineData("", "", "Text", 0, "A page needs a title of 1 to 200 characters.")]
    [InlineData("about", "About again", "Text", 0, "Another page already has the address “about”.")]
    [InlineData("", "Empty", "   ", 0, "A page needs a text of 1 to 100,000 characters.")]
    [InlineData("", "Backdated", "Text", -60, "has already passed. Choose a later time, or leave the date empty to publish now.")]
    public async Task A_page_with_unusable_input_is_refused_with_a_message_and_not_added(string slug, string title, string body, int effectiveInMinutes, string message)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var (pages, versions) = await CountAsync();

        var alerts = await EditorsOnly.AlertsAsync(await editor.PostFormAsync("/admin/pages/edit?handler=Create", Fields(slug, title, body, effectiveInMinutes)));

        Assert.Contains(alerts, alert => alert.EndsWith(message, StringComparison.Ordinal));
        Assert.Equal((pages, versions), await CountAsync());
    }

    [Theory]
    [InlineData("", "Text", 0, "A page needs a title of 1 to 200 characters.")]
    [InlineData("Backdated", "Text", -1, "has already passed. Choose a later time, or leave the date empty to publish now.")]
    public async Task A_version_with_unusable_input_is_refused_with_a_message_and_not_added(string title, string body, int effectiveInMinutes, string message)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var id = await IdOfAsync("privacy-policy");
        var versions = await VersionsAsync(id);

        var alerts = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/pages/edit/{id}?handler=Publish", Fields("", title, body, effectiveInMinutes)));

        Assert.Contains(alerts, alert => alert.EndsWith(message, StringComparison.Ordinal));
        Assert.Equal(versions, await VersionsAsync(id));
    }

    [Fact]
    public async Task A_renamed_page_redirects_from_its_old_address_but_policy_pages_keep_theirs()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var created = await editor.PostFormAsync("/admin/pages/edit?handler=Create", new() { ["Input.Title"] = "Corrections", ["Input.BodyMarkdown"] = "How we correct mistakes." });
        var id = await IdOfAsync("corrections");
        var privacy = await IdOfAsync("privacy-policy");

        var renamed = await editor.PostFormAsync($"/admin/pages/edit/{id}?handler=Rename", new() { ["Input.Slug"] = "fixes" });
        var refused = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/pages/edit/{privacy}?handler=Rename", new() { ["Input.Slug"] = "privacy" }));
        var oldAddress = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/pages/corrections");

        Assert.Equal($"/admin/pages/edit/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/pages/fixes", oldAddress.Headers.Location!.OriginalString);
        Assert.Equal("Corrections", await PublicTitleAsync("/pages/fixes"));
        Assert.EndsWith("subscribers' consent records refer to it.", Assert.Single(refused), StringComparison.Ordinal);
        Assert.Equal(privacy, await IdOfAsync("privacy-policy"));
    }

    [Fact]
    public async Task Policy_pages_are_never_deleted_and_other_pages_are()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        await editor.PostFormAsync("/admin/pages/edit?handler=Create", new() { ["Input.Slug"] = "old-offer", ["Input.Title"] = "Old offer", ["Input.BodyMarkdown"] = "Expired." });
        var offer = await IdOfAsync("old-offer");
        var privacy = await IdOfAsync("privacy-policy");
        var terms = await IdOfAsync("terms-of-use");
        var privacyVersions = await VersionsAsync(privacy);

        var refusedPrivacy = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/pages?handler=Delete&id={privacy}", []));
        var refusedTerms = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/pages?handler=Delete&id={terms}", []));
        var deleted = await editor.PostFormAsync($"/admin/pages?handler=Delete&id={offer}", []);

        Assert.Equal(["“privacy-policy” cannot be deleted: subscribers' consent records refer to its versions."], refusedPrivacy);
        Assert.Equal(["“terms-of-use” cannot be deleted: subscribers' consent records refer to its versions."], refusedTerms);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(privacyVersions, await VersionsAsync(privacy));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Factory.CreateClient().GetAsync("/pages/old-offer")).StatusCode);
    }

    [Fact]
    public async Task Authors_and_visitors_cannot_see_or_change_pages()
    {
        var id = await IdOfAsync("privacy-policy");
        var versions = await VersionsAsync(id);

        await EditorsOnly.AssertRefusedAsync(site.Factory, "/admin/pages", $"/admin/pages?handler=Delete&id={id}", []);
        await EditorsOnly.AssertRefusedAsync(site.Factory, $"/admin/pages/edit/{id}", $"/admin/pages/edit/{id}?handler=Publish",
            new() { ["Input.Title"] = "We sell your data", ["Input.BodyMarkdown"] = "All of it." });

        Assert.Equal(versions, await VersionsAsync(id));
    }

    private async Task<string> PublicTitleAsync(string path) =>
        (await Html.ParseAsync(await site.Factory.CreateClient().GetAsync(path))).QuerySelector("h1")!.TextContent;

    /// <summary>Every version of a page, newest first, as stored: a test compares them before and after.</summary>
    private async Task<List<(int Version, string Title, string BodyMarkdown, string BodyHtml, DateTimeOffset EffectiveFrom)>> VersionsAsync(int pageId)
    {
        await using var scope = site.Factory.OpenDatabase();
        var rows = await scope.Db.SitePageVersions.Where(v => v.SitePageId == pageId).OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.Title, v.BodyMarkdown, v.BodyHtml, v.EffectiveFrom }).ToListAsync();
        return rows.Select(v => (v.Version, v.Title, v.BodyMarkdown, v.BodyHtml, v.EffectiveFrom)).ToList();
    }

    /// <summary>What the page form sends; a non-zero <paramref name="effectiveInMinutes"/> dates the version from now on the site's clock (in UTC, the site's zone).</summary>
    private Dictionary<string, string> Fields(string slug, string title, string body, int effectiveInMinutes)
    {
        var fields = new Dictionary<string, string> { ["Input.Slug"] = slug, ["Input.Title"] = title, ["Input.BodyMarkdown"] = body };
        if (effectiveInMinutes != 0)
        {
            fields["Input.EffectiveFrom"] = site.Clock.GetUtcNow().AddMinutes(effectiveInMinutes).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }
        return fields;
    }

    private async Task<(int Pages, int Versions)> CountAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return (await scope.Db.SitePages.CountAsync(), await scope.Db.SitePageVersions.CountAsync());
    }

    private async Task<int> IdOfAsync(string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.SitePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
    }
}
