using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.Tests.Media;

public class MediaLibraryPageTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_uploads_an_image_that_the_library_lists_and_the_site_serves()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var uploaded = await UploadAsync(editor, TestImages.Encoded(1200, 800, TestFormat.Png), "harbour.png", "Cranes at dawn over the harbour");
        var library = await Html.ParseAsync(await editor.GetAsync(uploaded.Headers.Location!.OriginalString));
        var image = library.QuerySelector(".media-grid img[alt='Cranes at dawn over the harbour']")!;
        var served = await site.Factory.CreateClient().GetAsync(image.GetAttribute("src"));

        Assert.Equal("Image uploaded.", library.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Html_disguised_as_an_image_is_refused_with_a_message_and_nothing_is_stored()
    {
        var (editor, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);
        int before;
        await using (var scope = site.Factory.OpenDatabase())
        {
            before = await scope.Db.MediaAssets.CountAsync();
        }

        var page = await Html.ParseAsync(await UploadAsync(editor, "<html><script>alert(1)</script></html>"u8.ToArray(), "photo.jpg", "Not a photo"));

        Assert.Equal("This file is not a JPEG, PNG, WebP or GIF image.", page.QuerySelector("[role=alert]")!.TextContent);
        await using var after = site.Factory.OpenDatabase();
        Assert.Equal(before, await after.Db.MediaAssets.CountAsync());
    }

    [Fact]
    public async Task Author_cannot_open_the_media_library()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);

        var response = await author.GetAsync("/admin/media");

        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, byte[] file, string fileName, string altText)
    {
        var form = await Html.ParseAsync(await browser.GetAsync("/admin/media"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(altText), "AltText" },
        };
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(upload, "Upload", fileName);
        return await browser.PostAsync("/admin/media", content);
    }
}
