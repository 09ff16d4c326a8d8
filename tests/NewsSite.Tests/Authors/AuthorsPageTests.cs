using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Accounts;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Authors;
using NewsSite.Web.Media;

namespace NewsSite.Tests.Authors;

public class AuthorsPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_adds_an_author_with_a_library_avatar_renames_them_and_the_old_address_redirects()
    {
        var avatar = await AddImageAsync("/media/ines-portrait.jpg");
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var added = await editor.PostFormAsync("/admin/authors/edit", new()
        {
            ["Input.Name"] = "Inès Quay", ["Input.Bio"] = "Covers the coast <and> its weather.", ["Input.AvatarMediaId"] = avatar.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var id = await IdOfAsync("ines-quay");
        var form = await Html.ParseAsync(await editor.GetAsync($"/admin/authors/edit/{id}"));
        var renamed = await editor.PostFormAsync($"/admin/authors/edit/{id}", new()
        {
            ["Input.Name"] = "Inès Quayle", ["Input.Slug"] = "ines-quayle", ["Input.Bio"] = "Covers the coast <and> its weather.", ["Input.AvatarUrl"] = avatar.Path,
        });
        var oldAddress = await site.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/author/ines-quay");
        var profile = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync("/author/ines-quayle"));

        Assert.Equal("/admin/authors", added.Headers.Location!.OriginalString);
        Assert.Equal(avatar.Path, form.QuerySelector("#avatar-url")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/author/ines-quayle", oldAddress.Headers.Location!.OriginalString);
        Assert.Equal("Inès Quayle", profile.QuerySelector("h1")!.TextContent);
        Assert.Equal("Covers the coast <and> its weather.", profile.QuerySelector(".listing-header__description")!.TextContent);
        Assert.Equal(avatar.Path, profile.QuerySelector(".listing-header__avatar")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Author_with_a_byline_is_not_deleted_and_one_without_is()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var byline = await IdOfAsync("maya-okafor");
        var unused = await AddAuthorAsync("Guest Writer", "guest-writer");

        var refused = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/authors?handler=Delete&id={byline}", []));
        var deleted = await editor.PostFormAsync($"/admin/authors?handler=Delete&id={unused}", []);

        Assert.EndsWith("Give them another author first.", Assert.Single(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        Assert.True(await scope.Db.Authors.AnyAsync(a => a.Id == byline));
        Assert.False(await scope.Db.Authors.AnyAsync(a => a.Id == unused));
    }

    [Theory]
    [InlineData("", "", 0, "", "An author needs a name of 1 to 120 characters.")]
    [InlineData("Maya Again", "maya-okafor", 0, "", "Another author already has the address “maya-okafor”.")]
    [InlineData("Long Bio", "", 2001, "", "The bio must be at most 2000 characters.")]
    [InlineData("Scripted", "", 0, "javascript:alert(1)", "The avatar address must start with https:// or with / for an image on this site.")]
    [InlineData("Relative", "", 0, "avatar.jpg", "The avatar address must start with https:// or with / for an image on this site.")]
    public async Task Unusable_input_is_refused_with_a_message_and_changes_nothing(string name, string slug, int bioLength, string avatarUrl, string message)
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var maya = await IdOfAsync("maya-okafor");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Slug"] = slug, ["Input.Bio"] = new string('b', bioLength), ["Input.AvatarUrl"] = avatarUrl,
        };
        await using var before = site.Factory.OpenDatabase();
        var count = await before.Db.Authors.CountAsync();
        var original = await before.Db.Authors.AsNoTracking().SingleAsync(a => a.Id == maya);

        var created = await EditorsOnly.AlertsAsync(await editor.PostFormAsync("/admin/authors/edit", new(fields)));
        var edited = await EditorsOnly.AlertsAsync(await editor.PostFormAsync($"/admin/authors/edit/{maya}", new(fields) { ["Input.Slug"] = slug == "maya-okafor" ? "priya-raman" : slug }));

        Assert.Contains(message, created);
        Assert.NotEmpty(edited);
        await using var after = site.Factory.OpenDatabase();
        Assert.Equal(count, await after.Db.Authors.CountAsync());
        var unchanged = await after.Db.Authors.AsNoTracking().SingleAsync(a => a.Id == maya);
        Assert.Equal((original.Name, original.Slug, original.Bio, original.AvatarUrl), (unchanged.Name, unchanged.Slug, unchanged.Bio, unchanged.AvatarUrl));
    }

    [Fact]
    public async Task Authors_and_visitors_cannot_see_or_change_bylines()
    {
        var id = await AddAuthorAsync("Kept Byline", "kept-byline");

        await EditorsOnly.AssertRefusedAsync(site.Factory, "/admin/authors", $"/admin/authors?handler=Delete&id={id}", []);
        await EditorsOnly.AssertRefusedAsync(site.Factory, $"/admin/authors/edit/{id}", $"/admin/authors/edit/{id}", new() { ["Input.Name"] = "Hijacked" });

        await using var scope = site.Factory.OpenDatabase();
        Assert.Equal("Kept Byline", await scope.Db.Authors.Where(a => a.Id == id).Select(a => a.Name).SingleAsync());
    }

    private async Task<MediaAsset> AddImageAsync(string path)
    {
        await using var scope = site.Factory.OpenDatabase();
        var asset = scope.Db.MediaAssets.Add(new MediaAsset { Path = path, ContentType = "image/jpeg", Width = 400, Height = 400, AltText = "Portrait", CreatedAt = DateTimeOffset.UtcNow }).Entity;
        await scope.Db.SaveChangesAsync();
        return asset;
    }

    private async Task<int> AddAuthorAsync(string name, string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        var author = scope.Db.Authors.Add(new Author { Name = name, Slug = slug }).Entity;
        await scope.Db.SaveChangesAsync();
        return author.Id;
    }

    private async Task<int> IdOfAsync(string slug)
    {
        await using var scope = site.Factory.OpenDatabase();
        return await scope.Db.Authors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
    }
}
