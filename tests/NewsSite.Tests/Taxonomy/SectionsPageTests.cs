using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Taxonomy;

public class SectionsPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_adds_a_section_renames_it_and_the_old_address_redirects()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var added = await editor.PostFormAsync("/admin/sections?handler=Create", new() { ["Input.Name"] = "Science & Nature", ["Input.SortOrder"] = "9" });
        var id = await IdOfAsync("science-nature");
        await site.Factory.AddAsync(InSection(TestArticles.Published("Seals return to the sandbanks"), id));
        var renamed = await editor.PostFormAsync($"/admin/sections?handler=Update&id={id}", new() { ["Input.Name"] = "Nature", ["Input.Slug"] = "nature", ["Input.SortOrder"] = "9" });
        var oldAddress = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/science-nature");
        var newAddress = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/nature"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/nature", oldAddress.Headers.Location!.OriginalString);
        Assert.Equal("Nature", newAddress.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("Search", "search", "“search” is an address the site uses for its own pages. Choose another.")]
    [InlineData("Business again", "business", "Another section already has the address “business”.")]
    [InlineData("", "", "A section needs a name of 1 to 80 characters.")]
    public async Task Unusable_names_and_addresses_are_refused_with_a_message(string name, string slug, string message)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var page = await Html.ParseAsync(await editor.PostFormAsync("/admin/sections?handler=Create", new() { ["Input.Name"] = name, ["Input.Slug"] = slug }));

        Assert.Contains(message, page.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Section_with_articles_is_not_deleted_and_an_empty_one_is()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var business = await IdOfAsync("business");
        await editor.PostFormAsync("/admin/sections?handler=Create", new() { ["Input.Name"] = "Crosswords" });
        var crosswords = await IdOfAsync("crosswords");

        var refused = await Html.ParseAsync(await editor.PostFormAsync($"/admin/sections?handler=Delete&id={business}", []));
        var deleted = await editor.PostFormAsync($"/admin/sections?handler=Delete&id={crosswords}", []);

        Assert.EndsWith("Move them to another section first.", refused.QuerySelector("[role=alert] li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        Assert.True(await scope.Db.Sections.AnyAsync(s => s.Id == business));
        Assert.False(await scope.Db.Sections.AnyAsync(s => s.Id == crosswords));
    }

    [Fact]
    public async Task Author_cannot_change_sections()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var token = (await Html.ParseAsync(await author.GetAsync("/admin"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await author.PostAsync("/admin/sections?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Author's own section", ["__RequestVerificationToken"] = token,
        }));

        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Sections.AnyAsync(s => s.Name == "Author's own section"));
    }

    private static NewsSite.Web.Articles.Article InSection(NewsSite.Web.Articles.Article article, int sectionId)
    {
        article.SectionId = sectionId;
        return article;
    }

    private async Task<int> IdOfAsync(string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }
}
