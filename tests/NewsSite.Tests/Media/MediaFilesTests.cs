using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSite.Web.Media;
using NewsSite.Web.Media.Uploads;

namespace NewsSite.Tests.Media;

/// <summary>How stored media are served, on a bare host with only the media library added.</summary>
public sealed class MediaFilesTests : IAsyncLifetime
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "newssite-tests-media", Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_contentRoot);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = _contentRoot });
        builder.WebHost.UseTestServer();
        builder.Configuration["Media:StoragePath"] = "uploads";
        builder.AddMediaLibrary();
        _app = builder.Build();
        _app.UseMediaFiles();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task A_stored_image_is_served_as_an_image_cached_for_a_year_and_never_sniffed()
    {
        var picture = TestImages.Encoded(64, 48, TestFormat.Jpeg);
        Place("2026/11/3fa4c1d2e5b6a7f8.jpg", picture);

        var response = await _app.GetTestClient().GetAsync("/media/2026/11/3fa4c1d2e5b6a7f8.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(picture, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("logo.svg")]
    [InlineData("notes.txt")]
    [InlineData(".incoming/.0123456789abcdef.tmp")]
    [InlineData("2026/11/.0123456789abcdef.jpg")]
    public async Task Nothing_but_the_four_image_types_is_served_and_no_dot_file(string relativePath)
    {
        Place(relativePath, "<script>alert(1)</script>"u8.ToArray());

        var response = await _app.GetTestClient().GetAsync("/media/" + relativePath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Storage_defaults_to_the_data_folder_and_uploads_to_20_MB()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = _contentRoot });
        builder.AddMediaLibrary();

        using var services = builder.Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<MediaOptions>>().Value;
        Assert.Equal(Path.Combine(_contentRoot, ".data", "media"), services.GetRequiredService<MediaStorage>().Root);
        Assert.Equal("The image is larger than the 20 MB limit.", MediaUploadRefusal.TooLarge(options).Message);
    }

    private void Place(string relativePath, byte[] content)
    {
        var path = Path.Combine(_contentRoot, "uploads", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
