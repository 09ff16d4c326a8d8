using System.Security.Cryptography;
using System.Text;
using NewsSite.Web.Media;
using SkiaSharp;

namespace NewsSite.Tests.Media;

public class MediaUploadTests(MediaLibraryFixture site) : IClassFixture<MediaLibraryFixture>
{
    private static readonly ImageMetadata NoMetadata = new(false, false, false, false);

    public static TheoryData<TestFormat, int, int, int[], SKEncodedImageFormat> Formats => new()
    {
        { TestFormat.Jpeg, 1600, 900, [480, 960, 1440], SKEncodedImageFormat.Jpeg },
        { TestFormat.Png, 1000, 500, [480, 960], SKEncodedImageFormat.Png },
        { TestFormat.LossyWebp, 960, 540, [480], SKEncodedImageFormat.Webp },
        { TestFormat.LosslessWebp, 720, 300, [480], SKEncodedImageFormat.Webp },
        // Skia cannot write GIF: a still one is stored as PNG, which keeps its pixels exactly.
        { TestFormat.Gif, 1000, 500, [480, 960], SKEncodedImageFormat.Png },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_format_is_stored_under_a_content_hash_with_smaller_copies_and_recorded(
        TestFormat format, int width, int height, int[] variantWidths, SKEncodedImageFormat storedAs)
    {
        var (contentType, extension) = Stored(storedAs);
        var upload = TestImages.Encoded(width, height, format);

        var result = await site.UploadAsync(upload, "Harbour at dawn (final).jpg", "Boats at their moorings", "The harbour at first light.", "Jo Lee");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.False(result.AlreadyInLibrary);
        var asset = result.Asset;
        Assert.Matches($@"^/media/2026/11/[0-9a-f]{{16}}\{extension}$", asset.Path);
        var stored = File.ReadAllBytes(site.FileFor(asset.Path));
        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(stored))[..16], Path.GetFileName(asset.Path), StringComparison.Ordinal);
        Assert.Equal(new StoredImage(storedAs, width, height, 1, NoMetadata), StoredImage.Of(stored));

        foreach (var variantWidth in variantWidths)
        {
            var variant = StoredImage.Read(site.FileFor(ResponsiveImage.VariantPath(asset.Path, variantWidth)));
            Assert.Equal(new StoredImage(storedAs, variantWidth, height * variantWidth / width, 1, NoMetadata), variant);
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

    [Theory]
    [InlineData(TestFormat.Jpeg)]
    [InlineData(TestFormat.Png)]
    [InlineData(TestFormat.LossyWebp)]
    [InlineData(TestFormat.Gif)]
    public async Task Camera_location_and_other_metadata_are_removed_from_the_image_and_its_copies(TestFormat format)
    {
        var picture = TestImages.Encoded(1000, 600, format);
        var encodedAs = StoredImage.Of(picture).Format;
        var upload = ImageMetadata.AddTo(picture, encodedAs);
        // What was added is there to be found, so finding none afterwards means something.
        Assert.Equal(new ImageMetadata(encodedAs != SKEncodedImageFormat.Gif, true, true, encodedAs != SKEncodedImageFormat.Webp), StoredImage.Of(upload).Metadata);
        Assert.Contains("Secret", Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var result = await site.UploadAsync(upload, "IMG_0001.JPG");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal([480, 960], result.Asset.VariantWidths);
        foreach (var file in new[] { result.Asset.Path, ResponsiveImage.VariantPath(result.Asset.Path, 480), ResponsiveImage.VariantPath(result.Asset.Path, 960) })
        {
            var stored = File.ReadAllBytes(site.FileFor(file));
            Assert.Equal(NoMetadata, StoredImage.Of(stored).Metadata);
            Assert.DoesNotContain("Secret", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wide_gamut_photo_is_converted_to_srgb_before_its_colour_profile_is_dropped()
    {
        var terracotta = new SKColor(200, 100, 50);
        var upload = ImageMetadata.WideGamutJpeg(terracotta);
        using (var asEncoded = StoredImage.Pixels(upload))
        {
            // Read without its profile, the upload's numbers are far from the colour: dropping the profile alone would show.
            Assert.True(Distance(asEncoded.GetPixel(32, 32), terracotta) > 10, asEncoded.GetPixel(32, 32).ToString());
        }

        var result = await site.UploadAsync(upload, "wide.jpg");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var stored = File.ReadAllBytes(site.FileFor(result.Asset.Path));
        Assert.False(StoredImage.Of(stored).Metadata.Icc);
        using var pixels = StoredImage.Pixels(stored);
        Assert.True(Distance(pixels.GetPixel(32, 32), terracotta) <= 4, pixels.GetPixel(32, 32).ToString());
    }

    public static TheoryData<ushort, int, int, SKColor[]> Orientations => new()
    {
        // EXIF orientation, then the upright picture's size and its top-left, top-right, bottom-left and bottom-right colours.
        { 1, 300, 200, [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.Yellow] },
        { 2, 300, 200, [TestImages.Green, TestImages.Red, TestImages.Yellow, TestImages.Blue] },
        { 3, 300, 200, [TestImages.Yellow, TestImages.Blue, TestImages.Green, TestImages.Red] },
        { 4, 300, 200, [TestImages.Blue, TestImages.Yellow, TestImages.Red, TestImages.Green] },
        { 5, 200, 300, [TestImages.Red, TestImages.Blue, TestImages.Green, TestImages.Yellow] },
        { 6, 200, 300, [TestImages.Blue, TestImages.Red, TestImages.Yellow, TestImages.Green] },
        { 7, 200, 300, [TestImages.Yellow, TestImages.Green, TestImages.Blue, TestImages.Red] },
        { 8, 200, 300, [TestImages.Green, TestImages.Yellow, TestImages.Red, TestImages.Blue] },
    };

    [Theory]
    [MemberData(nameof(Orientations))]
    public async Task A_photo_is_turned_the_way_its_orientation_tag_says_and_loses_the_tag(ushort orientation, int width, int height, SKColor[] corners)
    {
        // Stored as 300 x 200: red top left, green top right, blue bottom left, yellow bottom right.
        using var picture = TestImages.Quadrants(300, 200);
        var upload = ImageMetadata.JpegWithExif(TestImages.Encode(picture, TestFormat.Jpeg), orientation);

        var result = await site.UploadAsync(upload, "sideways.jpg");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal((width, height), (result.Asset.Width, result.Asset.Height));
        var stored = File.ReadAllBytes(site.FileFor(result.Asset.Path));
        Assert.False(StoredImage.Of(stored).Metadata.Exif);
        using var upright = StoredImage.Pixels(stored);
        Assert.Equal((width, height), (upright.Width, upright.Height));
        SKColor[] seen = [upright.GetPixel(width / 4, height / 4), upright.GetPixel(width * 3 / 4, height / 4),
            upright.GetPixel(width / 4, height * 3 / 4), upright.GetPixel(width * 3 / 4, height * 3 / 4)];
        Assert.True(seen.Zip(corners).All(c => Distance(c.First, c.Second) < 40), string.Join(", ", seen));
    }

    [Theory]
    [InlineData(TestFormat.LossyWebp, "VP8 ")]
    [InlineData(TestFormat.LosslessWebp, "VP8L")]
    public async Task A_webp_is_stored_lossless_only_when_it_was_uploaded_lossless(TestFormat format, string imageChunk)
    {
        var result = await site.UploadAsync(TestImages.Encoded(960, 400, format), "graphic.webp");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        foreach (var file in new[] { result.Asset.Path, ResponsiveImage.VariantPath(result.Asset.Path, 480) })
        {
            Assert.Equal(imageChunk, Encoding.ASCII.GetString(File.ReadAllBytes(site.FileFor(file)), 12, 4));
        }
    }

    [Fact]
    public async Task An_animated_gif_keeps_its_frames_timing_and_loop_but_gets_no_smaller_copies()
    {
        byte[] Frame(SKColor colour, int delay) => [.. TestGif.Control(delay), .. TestGif.Frame(600, 300, TestGif.Solid(600 * 300, colour))];
        var upload = TestGif.File(600, 300, [TestGif.Loop(3)], [Frame(TestGif.Orange, 10), Frame(TestGif.Navy, 20), Frame(TestGif.Orange, 30)]);

        var result = await site.UploadAsync(upload, "reaction.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var asset = result.Asset;
        Assert.Matches(@"^/media/2026/11/[0-9a-f]{16}\.gif$", asset.Path);
        Assert.Equal(("image/gif", 600, 300), (asset.ContentType, asset.Width, asset.Height));
        Assert.Empty(asset.VariantWidths);
        Assert.Equal($"{asset.Path} 600w", ResponsiveImage.SrcSet(asset.Path, asset.Width, asset.VariantWidths));
        Assert.Single(site.StoredFiles(), f => Path.GetFileName(f).StartsWith(Path.GetFileNameWithoutExtension(asset.Path), StringComparison.Ordinal));
        var stored = File.ReadAllBytes(site.FileFor(asset.Path));
        Assert.Equal(new StoredImage(SKEncodedImageFormat.Gif, 600, 300, 3, NoMetadata), StoredImage.Of(stored));
        using var codec = SKCodec.Create(new SKMemoryStream(stored));
        Assert.Equal([100, 200, 300], codec.FrameInfo.Select(f => f.Duration));
        Assert.Equal(3, codec.RepetitionCount);
    }

    [Fact]
    public async Task An_animated_gif_whose_frames_are_cleared_or_undone_after_showing_is_decoded_whole_and_stored()
    {
        // Small frames over a full first one: each later frame builds on an earlier one, except that one to be
        // restored to what was there before cannot be built on; Skia refuses to be told otherwise.
        byte[] Patch(int left, int top, SKColor colour, int disposal) => [.. TestGif.Control(10, disposal), .. TestGif.Frame(left, top, 40, 30, TestGif.Solid(40 * 30, colour))];
        var upload = TestGif.File(160, 90, [TestGif.Loop(0)],
        [
            [.. TestGif.Control(10), .. TestGif.Frame(160, 90, TestGif.Solid(160 * 90, TestGif.Orange))],
            Patch(0, 0, TestGif.Navy, disposal: 3),
            Patch(40, 20, TestGif.Navy, disposal: 3),
            Patch(80, 40, TestGif.Navy, disposal: 1),
            Patch(100, 50, TestGif.Orange, disposal: 2),
            Patch(20, 60, TestGif.Navy, disposal: 1),
        ]);

        var result = await site.UploadAsync(upload, "undo.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Equal(6, StoredImage.Read(site.FileFor(result.Asset.Path)).Frames);
    }

    [Fact]
    public async Task An_animated_gif_loses_its_comments_text_xmp_and_colour_profile()
    {
        var upload = ImageMetadata.AddTo(TestImages.AnimatedGif(300, 200, 4), SKEncodedImageFormat.Gif);
        Assert.Equal(new ImageMetadata(false, true, true, true), StoredImage.Of(upload).Metadata);

        var result = await site.UploadAsync(upload, "reaction.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        var stored = File.ReadAllBytes(site.FileFor(result.Asset.Path));
        Assert.Equal(new StoredImage(SKEncodedImageFormat.Gif, 300, 200, 4, NoMetadata), StoredImage.Of(stored));
        Assert.DoesNotContain("Secret", Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestFormat.Jpeg)]
    [InlineData(TestFormat.Png)]
    [InlineData(TestFormat.LossyWebp)]
    [InlineData(TestFormat.Gif)]
    [InlineData(null)]
    public async Task Bytes_appended_to_an_image_are_accepted_but_not_stored(TestFormat? format)
    {
        // Phones append videos and depth maps after a JPEG's end; the bytes here even look like a JPEG scan marker.
        var image = format is { } still ? TestImages.Encoded(200, 100, still) : TestImages.AnimatedGif(200, 100, 3);
        byte[] polyglot = [.. image, 0xFF, 0xDA, 0x00, 0x08, .. "<script>alert(document.cookie)</script>"u8];

        var result = await site.UploadAsync(polyglot, "innocent.jpg");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.DoesNotContain("<script", Encoding.ASCII.GetString(File.ReadAllBytes(site.FileFor(result.Asset.Path))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_picture_uploaded_again_returns_the_entry_already_in_the_library()
    {
        var picture = TestImages.Encoded(500, 300, TestFormat.Png);
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

        var result = await site.UploadAsync(TestImages.Encoded(320, 200, TestFormat.Jpeg), "wave.jpg", altText, "  A wave.\n", credit);

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
        var result = await site.UploadAsync(TestImages.Encoded(240, 160, TestFormat.Gif), "Minister's private party.gif");

        Assert.True(result.Succeeded, result.Refusal?.Message);
        Assert.Contains(site.Log.Lines, l => l.Contains(result.Asset.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log.Lines, l => l.Contains("Minister", StringComparison.Ordinal) || l.Contains("party", StringComparison.Ordinal));
    }

    private static (string ContentType, string Extension) Stored(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ("image/jpeg", ".jpg"),
        SKEncodedImageFormat.Png => ("image/png", ".png"),
        SKEncodedImageFormat.Webp => ("image/webp", ".webp"),
        SKEncodedImageFormat.Gif => ("image/gif", ".gif"),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static int Distance(SKColor a, SKColor b) =>
        Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
}
