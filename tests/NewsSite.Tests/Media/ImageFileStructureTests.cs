using NewsSite.Web.Media.Uploads;

namespace NewsSite.Tests.Media;

/// <summary>
/// The structure checks on their own. Skia also reports most files cut short, so the upload tests alone would
/// not show one of these checks going wrong.
/// </summary>
public class ImageFileStructureTests
{
    public static TheoryData<string, int> WholeFiles => new()
    {
        { "jpeg", 1 },
        { "gif", 1 },
        { "animated gif", 3 },
        { "lossy webp", 1 },
        { "lossless webp", 1 },
        { "animated webp", 2 },
    };

    [Theory]
    [MemberData(nameof(WholeFiles))]
    public void A_whole_file_has_its_frames_counted_whatever_follows_it(string name, int frames)
    {
        var (file, countFrames) = Sample(name);

        Assert.Equal(frames, countFrames(file));
        Assert.Equal(frames, countFrames([.. file, 0xFF, 0xD9, 0x3B, .. "RIFF"u8]));
    }

    [Theory]
    [MemberData(nameof(WholeFiles))]
    public void A_file_cut_short_anywhere_is_found_incomplete(string name, int frames)
    {
        var (file, countFrames) = Sample(name);
        Assert.Equal(frames, countFrames(file));

        var counted = Enumerable.Range(12, file.Length - 12).Where(length => countFrames(file[..length]) is not null);

        Assert.Empty(counted);
    }

    [Theory]
    [InlineData(TestFormat.LossyWebp, false)]
    [InlineData(TestFormat.LosslessWebp, true)]
    public void A_webp_is_known_lossless_by_its_image_chunk(TestFormat format, bool lossless)
    {
        Assert.Equal(lossless, ImageFileStructure.IsLosslessWebp(TestImages.Encoded(120, 80, format)));
    }

    [Fact]
    public void An_animated_gif_cut_short_anywhere_cannot_be_rebuilt()
    {
        var file = TestImages.AnimatedGif(60, 40, 3);
        var rebuilt = AnimatedGif.Rebuild(file);
        Assert.NotNull(rebuilt);
        Assert.Equal(rebuilt, AnimatedGif.Rebuild(rebuilt));

        var rebuiltAnyway = Enumerable.Range(13, file.Length - 13).Where(length => AnimatedGif.Rebuild(file[..length]) is not null);

        Assert.Empty(rebuiltAnyway);
    }

    private static (byte[] File, Func<byte[], int?> CountFrames) Sample(string name) => name switch
    {
        "jpeg" => (TestImages.Encoded(64, 48, TestFormat.Jpeg), ImageFileStructure.JpegFrames),
        "gif" => (TestImages.Encoded(64, 48, TestFormat.Gif), ImageFileStructure.GifFrames),
        "animated gif" => (TestImages.AnimatedGif(60, 40, 3), ImageFileStructure.GifFrames),
        "lossy webp" => (TestImages.Encoded(64, 48, TestFormat.LossyWebp), ImageFileStructure.WebpFrames),
        "lossless webp" => (TestImages.Encoded(64, 48, TestFormat.LosslessWebp), ImageFileStructure.WebpFrames),
        "animated webp" => (TestImages.AnimatedWebp(40, 30, 2), ImageFileStructure.WebpFrames),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
