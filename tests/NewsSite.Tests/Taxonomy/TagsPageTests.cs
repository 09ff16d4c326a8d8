using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Accounts;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Taxonomy;

namespace NewsSite.Tests.Taxonomy;

public class TagsPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_adds_a_tag_renames_it_and_the_old_address_redirects()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var added = await editor.PostFormAsync("/admin/tags?handler=Create", new() { ["Input.Name"] = "Night Sailings" });
        var id = await IdOfAsync("night-sailings");
        var renamed = await editor.PostFormAsync($"/admin/tags?handler=Update&id={id}", new() { ["Input.Name"] = "Sailings", ["Input.Slug"] = "Sailings!" });
        var oldAddress = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/tag/night-sailings");
        var newAddress = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/tag/sailings"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/tag/sailings", oldAddress.Headers.Location!.OriginalString);
        Assert.Equal("Tagged “Sailings”", newAddress.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Thousands_of_tags_are_searched_and_paged_with_article_counts()
    {
        await using (var scope = site.Factory.OpenDatabase())
        {
            scope.Db.Tags.AddRange(Enumerable.Range(1, 60).Select(n => new Tag { Name = $"Quay {n:00}", Slug = $"quay-{n:00}" }));
            scope.Db.Tags.Add(new Tag { Name = "100% local", Slug = "100-local" });
            await scope.Db.SaveChangesAsync();
        }
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var first = await Html.ParseAsync(await editor.GetAsync("/admin/tags?q=QUAY"));
        var second = await Html.ParseAsync(await editor.GetAsync("/admin/tags" + first.QuerySelector("a[rel=next]")!.GetAttribute("href")));
        var percent = await Html.ParseAsync(await editor.GetAsync("/admin/tags?q=%25"));

        Assert.Contains("60 tags", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TagEditor.PageSize, Names(first).Count);
        Assert.Equal("Quay 01", Names(first)[0]);
        Assert.Equal(Enumerable.Range(51, 10).Select(n => $"Quay {n}"), Names(second));
        Assert.Equal(["100% local"], Names(percent));
        Assert.All(first.QuerySelectorAll("tbody tr td:nth-child(3)"), cell => Assert.Equal("0", cell.TextContent));
    }

    [Fact]
    public async Task Tag_on_an_article_is_not_deleted_and_an_unused_one_is()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        int used, unused;
        await using (var scope = site.Factory.OpenDatabase())
        {
            used = await scope.Db.Articles.SelectMany(a => a.Tags).Select(t => t.Id).FirstAsync();
            var tag = scope.Db.Tags.Add(new Tag { Name = "Unused", Slug = "unused" }).Entity;
            await scope.Db.SaveChangesAsync();
            unused = tag.Id;
        }

        var refused = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/tags?handler=Delete&id={used}", []));
        var deleted = await editor.PostFormAsync($"/admin/tags?handler=Delete&id={unused}", []);

        Assert.EndsWith("Take it off them first.", Assert.Single(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var check = site.Factory.OpenDatabase();
        Assert.True(await check.Db.Tags.AnyAsync(t => t.Id == used));
        Assert.False(await check.Db.Tags.AnyAsync(t => t.Id == unused));
    }

    [Theory]
    [InlineData("", "", "A tag needs a name of 1 to 80 characters.")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "", "A tag needs a name of 1 to 80 characters.")]
    [InlineData("!!!", "", "The address needs at least one letter or digit.")]
    [InlineData("Taken", "kept", "Another tag already has the address “kept”.")]
    public async Task Unusable_names_and_addresses_are_refused_with_a_message_and_add_nothing(string name, string slug, string message)
    {
        await EnsureKeptTagAsync();
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var before = await CountAsync();

        var alerts = await EditorsOnly.AlertsAsync(await editor.PostFormAsync("/admin/tags?handler=Create", new() { ["Input.Name"] = name, ["Input.Slug"] = slug }));

        Assert.Contains(message, alerts);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Renaming_to_a_taken_address_is_refused_and_changes_nothing()
    {
        await EnsureKeptTagAsync();
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var other = await FirstSlugAsync();
        var id = await IdOfAsync(other);

        var alerts = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/tags?handler=Update&id={id}", new() { ["Input.Name"] = "Renamed", ["Input.Slug"] = "kept" }));

        Assert.Equal(["Another tag already has the address “kept”."], alerts);
        Assert.Equal(id, await IdOfAsync(other));
    }

    [Fact]
    public async Task A_duplicate_tag_is_merged_into_the_kept_one_and_its_address_redirects()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        int duplicate, both, onlyDuplicate;
        await using (var scope = site.Factory.OpenDatabase())
        {
            var ferries = await scope.Db.Tags.SingleAsync(t => t.Slug == "ferries");
            var ferry = new Tag { Name = "Ferry", Slug = "ferry" };
            var withBoth = await scope.Db.Articles.Include(a => a.Tags).FirstAsync(a => a.Tags.Any(t => t.Slug == "ferries"));
            var withoutKept = await scope.Db.Articles.Include(a => a.Tags).FirstAsync(a => !a.Tags.Any(t => t.Slug == "ferries"));
            withBoth.Tags.Add(ferry);
            withoutKept.Tags.Add(ferry);
            await scope.Db.SaveChangesAsync();
            (duplicate, both, onlyDuplicate) = (ferry.Id, withBoth.Id, withoutKept.Id);
        }

        var refused = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/tags?handler=Merge&id={duplicate}", new() { ["MergeInto"] = "ferry" }));
        var merged = await editor.PostFormAsync($"/admin/tags?handler=Merge&id={duplicate}", new() { ["MergeInto"] = "ferries" });
        var oldAddress = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/tag/ferry");

        Assert.Equal(["Give the address of another tag to merge “Ferry” into."], refused);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/tag/ferries", oldAddress.Headers.Location!.OriginalString);
        await using var check = site.Factory.OpenDatabase();
        Assert.False(await check.Db.Tags.AnyAsync(t => t.Id == duplicate));
        var tags = await check.Db.Articles.Where(a => a.Id == both || a.Id == onlyDuplicate).Select(a => a.Tags.Count(t => t.Slug == "ferries")).ToListAsync();
        Assert.Equal([1, 1], tags);
    }

    [Fact]
    public async Task Authors_and_visitors_cannot_see_or_change_tags()
    {
        var id = await IdOfAsync(await FirstSlugAsync());

        await EditorsOnly.AssertRefusedAsync(site.Factory, "/admin/tags", $"/admin/tags?handler=Delete&id={id}", []);

        await using var scope = site.Factory.OpenDatabase();
        Assert.True(await scope.Db.Tags.AnyAsync(t => t.Id == id));
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody input[name='Input.Name']").Select(i => i.GetAttribute("value")!).ToList();

    /// <summary>A tag of the seeded newsroom.</summary>
    private async Task<string> FirstSlugAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Tags.OrderBy(t => t.Id).Select(t => t.Slug).FirstAsync();
    }

    private async Task EnsureKeptTagAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        if (!await scope.Db.Tags.AnyAsync(t => t.Slug == "kept"))
        {
            scope.Db.Tags.Add(new Tag { Name = "Kept", Slug = "kept" });
            await scope.Db.SaveChangesAsync();
        }
    }

    private async Task<int> CountAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Tags.CountAsync();
    }

    private async Task<int> IdOfAsync(string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
    }
}
