using System.Security.Cryptography;
using System.Text;
using NewsSite.Web.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace NewsSite.Tests.Media;

public class MediaUploadTests(MediaLibraryFixture site) : IClassFixture<MediaLibraryFixture>
{
    public static TheoryData<string, int, int, int[]> Formats => new()
    {
        { "JPEG", 1600, 900, [480, 960, 1440] },
        { "PNG", 1000, 500, [480, 960] },
        { "Webp", 960, 540, [480] },
        { "GIF", 400, 200, [] },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_format_is_stored_under_a_content_hash_with_smaller_copies_and_recorded(string format, int width, int height, int[] variantWidths)
    {
        var (encoder, contentType, extension) = Format(format);
        var upload = TestImages.Encoded(width, height, encoder);

        var result = await site.UploadAsync(upload, "Harbour at dawn (final).jpg", "Boats at their moorings", "The harbour at first light.", "Jo Lee");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.False(result.AlreadyInLibrary);
        var asset = result.Asset;
        Assert.Matches($@"^/media/2026/11/[0-9a-f]{{16}}\{extension}$", asset.Path);
        var stored = File.ReadAllBytes(site.FileFor(asset.Path));
        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(stored))[..16], Path.GetFileName(asset.Path), StringComparison.Ordinal);
        Assert.Equal(new StoredImage(format, width, height, 1, false, false, false), StoredImage.Read(site.FileFor(asset.Path)));

        foreach (var variantWidth in variantWidths)
        {
            var variant = StoredImage.Read(site.FileFor(ResponsiveImage.VariantPath(asset.Path, variantWidth)));
            Assert.Equal((format, variantWidth, height * variantWidth / width), (variant.FormatName, variant.Width, variant.Height));
        }
        Assert.Equal(1 + variantWidths.Length, site.StoredFiles().Count(f => Path.GetFileName(f).StartsWith(Path.GetFileNameWithoutExtension(asset.Path), StringComparison.Ordinal)));

        var row = await site.FindRowAsync(asset.Path);
        Assert.NotNull(row);
        Assert.Equal(asset.Id, row.Id);
        Assert.Equal((contentType, width, height), (row.ContentType, row.Width, row.Height));
        Assert.Equal(variantWidths, row.VariantWidths);
        Assert.Equal(("Boats at their moorings", "The harbour at first light.", "Jo Lee"), (row.AltText, row.Caption, row.Credit));
        Assert.Equal(MediaLibraryFixture.Today, row.CreatedAt);
    }

    [Fact]
    public async Task Camera_and_location_metadata_are_removed_from_the_image_and_its_copies()
    {
        using var photo = TestImages.Picture(1200, 800);
        photo.Metadata.ExifProfile = new ExifProfile();
        photo.Metadata.ExifProfile.SetValue(ExifTag.Artist, "Secret Photographer");
        photo.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(30, 1), new Rational(2, 1)]);
        photo.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description><CreatorTool>SecretTool</CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta>"""));
        var upload = TestImages.Encode(photo, TestImages.JpegEncoder);
        Assert.Contains("Secret Photographer", Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var result = await site.UploadAsync(upload, "IMG_0001.JPG");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        string[] files = [site.FileFor(result.Asset.Path), site.FileFor(ResponsiveImage.VariantPath(result.Asset.Path, 480)), site.FileFor(ResponsiveImage.VariantPath(result.Asset.Path, 960))];
        foreach (var file in files)
        {
            var stored = StoredImage.Read(file);
            Assert.False(stored.HasExif || stored.HasXmp || stored.HasIcc, file);
            var text = Encoding.ASCII.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Png_text_chunks_are_removed()
    {
        using var graphic = TestImages.Picture(300, 200);
        graphic.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Author", "Secret Designer", "", ""));
        var upload = TestImages.Encode(graphic, TestImages.PngEncoder);
        Assert.Contains("Secret Designer", Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var result = await site.UploadAsync(upload, "chart.png");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.DoesNotContain("Secret", Encoding.ASCII.GetString(File.ReadAllBytes(site.FileFor(result.Asset.Path))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_turned_upright_and_loses_its_orientation_tag()
    {
        // Stored as 300 x 200 with EXIF orientation 6: viewers turn it a quarter clockwise, red side on top.
        using var sideways = TestImages.RedLeftBlueRight(300, 200);
        sideways.Metadata.ExifProfile = new ExifProfile();
        sideways.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);

        var result = await site.UploadAsync(TestImages.Encode(sideways, TestImages.JpegEncoder), "sideways.jpg");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal((200, 300), (result.Asset.Width, result.Asset.Height));
        using var upright = Image.Load<Rgba32>(site.FileFor(result.Asset.Path));
        Assert.Null(upright.Metadata.ExifProfile);
        Assert.Equal((200, 300), (upright.Width, upright.Height));
        Assert.True(upright[100, 30].R > 200 && upright[100, 30].B < 60, "the top should be red");
        Assert.True(upright[100, 270].B > 200 && upright[100, 270].R < 60, "the bottom should be blue");
    }

    [Fact]
    public async Task An_animated_gif_keeps_its_frames_in_the_image_and_its_copies()
    {
        var result = await site.UploadAsync(TestImages.AnimatedGif(600, 300, 3), "reaction.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal([480], result.Asset.VariantWidths);
        Assert.Equal(("GIF", 600, 300, 3), ReadFrames(site.FileFor(result.Asset.Path)));
        Assert.Equal(("GIF", 480, 240, 3), ReadFrames(site.FileFor(ResponsiveImage.VariantPath(result.Asset.Path, 480))));
    }

    [Theory]
    [InlineData("JPEG")]
    [InlineData("PNG")]
    [InlineData("Webp")]
    [InlineData("GIF")]
    public async Task Bytes_appended_to_an_image_are_accepted_but_not_stored(string format)
    {
        // Phones append videos and depth maps after a JPEG's end; the bytes here even look like a JPEG scan marker.
        byte[] polyglot = [.. TestImages.Encoded(200, 100, Format(format).Encoder), 0xFF, 0xDA, 0x00, 0x08, .. "<script>alert(document.cookie)</script>"u8];

        var result = await site.UploadAsync(polyglot, "innocent.jpg");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.DoesNotContain("<script", Encoding.ASCII.GetString(File.ReadAllBytes(site.FileFor(result.Asset.Path))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_picture_uploaded_again_returns_the_entry_already_in_the_library()
    {
        var picture = TestImages.Encoded(500, 300, TestImages.PngEncoder);
        var first = await site.UploadAsync(picture, "a.png", "First alt text");

        var second = await site.UploadAsync(picture, "b.png", "Second alt text");

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.True(second.AlreadyInLibrary);
        Assert.Equal(first.Asset.Id, second.Asset.Id);
        Assert.Equal("First alt text", second.Asset.AltText);
        Assert.True(File.Exists(site.FileFor(first.Asset.Path)));
        Assert.True(File.Exists(site.FileFor(ResponsiveImage.VariantPath(first.Asset.Path, 480))));
    }

    [Fact]
    public async Task Texts_are_trimmed_and_cut_to_their_column_length_without_splitting_a_character()
    {
        var altText = "  " + new string('a', MediaAssetLimits.AltTextLength - 1) + "\U0001F30A and more  ";
        var credit = new string('c', MediaAssetLimits.CreditLength + 50);

        var result = await site.UploadAsync(TestImages.Encoded(320, 200, TestImages.JpegEncoder), "wave.jpg", altText, "  A wave.\n", credit);

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var row = await site.FindRowAsync(result.Asset.Path);
        Assert.NotNull(row);
        Assert.Equal(new string('a', MediaAssetLimits.AltTextLength - 1), row.AltText);
        Assert.Equal("A wave.", row.Caption);
        Assert.Equal(new string('c', MediaAssetLimits.CreditLength), row.Credit);
    }

    [Fact]
    public async Task The_log_names_the_stored_path_but_never_the_uploaded_file_name()
    {
        var result = await site.UploadAsync(TestImages.Encoded(240, 160, TestImages.GifEncoder), "Minister's private party.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Contains(site.Log.Lines, l => l.Contains(result.Asset.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log.Lines, l => l.Contains("Minister", StringComparison.Ordinal) || l.Contains("party", StringComparison.Ordinal));
    }

    private static (IImageEncoder Encoder, string ContentType, string Extension) Format(string name) => name switch
    {
        "JPEG" => (TestImages.JpegEncoder, "image/jpeg", ".jpg"),
        "PNG" => (TestImages.PngEncoder, "image/png", ".png"),
        "Webp" => (TestImages.WebpEncoder, "image/webp", ".webp"),
        "GIF" => (TestImages.GifEncoder, "image/gif", ".gif"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static (string Format, int Width, int Height, int Frames) ReadFrames(string path)
    {
        var stored = StoredImage.Read(path);
        return (stored.FormatName, stored.Width, stored.Height, stored.Frames);
    }
}
