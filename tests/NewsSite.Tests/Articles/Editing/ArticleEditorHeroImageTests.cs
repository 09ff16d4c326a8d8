using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.Tests.Media;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using static NewsSite.Tests.Articles.Editing.EditorForm;

namespace NewsSite.Tests.Articles.Editing;

public class ArticleEditorHeroImageTests(MediaLibraryFixture site) : IClassFixture<MediaLibraryFixture>
{
    [Fact]
    public async Task Hero_chosen_from_the_library_brings_its_words_and_readers_see_it_with_the_tags()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var asset = (await site.UploadAsync(TestImages.Encoded(1200, 800, TestFormat.Jpeg), "quay.jpg",
            "Fishing boats moored at the quay", "Morning at the quay", "Jo Lens")).Asset!;
        var fields = await NewAsync(editor, "Quay repairs finished ahead of the season");
        fields["Input.HeroImageId"] = asset.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Input.Tags"] = "Quayside, Fishing fleet";

        var published = await PostAsync(editor, NewArticle, "Publish", fields);
        var article = await ArticleAsync(site.Factory, "Quay repairs finished ahead of the season");
        var page = await Html.ParseAsync(await site.Factory.CreateClient().GetAsync($"/{article.Section!.Slug}/{article.Slug}"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var hero = page.QuerySelector("figure.hero")!;
        Assert.Equal(asset.Path, hero.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Fishing boats moored at the quay", hero.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Morning at the quay Jo Lens", hero.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Equal(["Fishing fleet", "Quayside"], page.QuerySelectorAll("ul.tags li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Hero_uploaded_with_the_form_joins_the_library_and_is_chosen()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var fields = await NewAsync(author, "New pontoon for visiting yachts");
        fields["Input.HeroAltText"] = "A pontoon with three yachts alongside";
        fields["Input.HeroCredit"] = "Harbour office";

        var saved = await PostAsync(author, NewArticle, "Save", fields, (TestImages.Encoded(900, 600, TestFormat.Png), "pontoon.png"));
        var reopened = await Html.ParseAsync(await author.GetAsync(saved.Headers.Location!.OriginalString));

        var article = await ArticleAsync(site.Factory, "New pontoon for visiting yachts");
        Assert.NotNull(article.HeroImage);
        Assert.Equal("A pontoon with three yachts alongside", article.HeroImage.AltText);
        Assert.Equal("A pontoon with three yachts alongside", article.HeroAltText);
        Assert.Equal("Harbour office", article.HeroCredit);
        Assert.True(File.Exists(site.FileFor(article.HeroImage.Path)));
        Assert.NotNull(reopened.QuerySelector($"input[name='Input.HeroImageId'][value='{article.HeroImageId}'][checked]"));
        Assert.Equal("Upload a new hero image", reopened.QuerySelector("label[for=hero-upload]")!.TextContent);
    }

    [Fact]
    public async Task Disguised_file_is_refused_with_a_message_the_text_kept_and_nothing_stored()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await NewAsync(editor, "Harbour master retires");
        fields["Input.Tags"] = "Harbour office";
        fields["Input.HeroAltText"] = "The harbour master on the quay";
        var mediaBefore = await site.CountUploadedRowsAsync();

        var page = await Html.ParseAsync(await PostAsync(editor, NewArticle, "Save", fields,
            ("<html><script>alert(1)</script></html>"u8.ToArray(), "portrait.png")));

        Assert.Equal(
            "The hero image was not uploaded: This file is not a JPEG, PNG, WebP or GIF image. Nothing was saved; your text is kept.",
            page.QuerySelector("[role=alert] li")!.TextContent);
        Assert.Equal("Harbour master retires", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Some **text**.", page.QuerySelector("#body")!.TextContent);
        Assert.Equal("Harbour office", page.QuerySelector("#tags")!.GetAttribute("value"));
        Assert.Equal("The harbour master on the quay", page.QuerySelector("#hero-alt")!.GetAttribute("value"));
        Assert.Equal(mediaBefore, await site.CountUploadedRowsAsync());
        await using var scope = site.Factory.OpenDatabase();
        Assert.False(await scope.Db.Articles.AnyAsync(a => a.Title == "Harbour master retires"));
    }

    [Fact]
    public async Task Hero_image_without_alt_text_anywhere_is_refused()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var wordless = (await site.UploadAsync(TestImages.Encoded(640, 400, TestFormat.Png), "crane.png")).Asset!;
        var fields = await NewAsync(editor, "Crane inspection due");
        fields["Input.HeroImageId"] = wordless.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await Html.ParseAsync(await PostAsync(editor, NewArticle, "Save", fields));

        Assert.Contains(page.QuerySelectorAll("[role=alert] li"), li => li.TextContent == "Describe the hero image in its alt text, for readers who cannot see it.");
        Assert.NotNull(page.QuerySelector($"input[name='Input.HeroImageId'][value='{wordless.Id}'][checked]"));
    }

    [Fact]
    public async Task Choosing_no_hero_image_removes_it_and_its_words()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        var fields = await NewAsync(editor, "Slipway closed for a week");
        fields["Input.HeroAltText"] = "The slipway at low tide";
        var saved = await PostAsync(editor, NewArticle, "Save", fields, (TestImages.Encoded(800, 500, TestFormat.Jpeg), "slipway.jpg"));
        var editPath = saved.Headers.Location!.OriginalString;
        var again = await ReadAsync(editor, editPath);

        again["Input.HeroImageId"] = "";
        await PostAsync(editor, editPath, "Save", again);

        var article = await ArticleAsync(site.Factory, "Slipway closed for a week");
        Assert.Null(article.HeroImageId);
        Assert.Equal("", article.HeroAltText);
        Assert.NotNull((await Html.ParseAsync(await editor.GetAsync(editPath))).QuerySelector("#hero-none[checked]"));
    }
}
