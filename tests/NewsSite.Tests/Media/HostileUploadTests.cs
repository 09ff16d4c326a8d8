namespace NewsSite.Tests.Media;

public class HostileUploadTests(SmallLimitsMediaFixture site) : IClassFixture<SmallLimitsMediaFixture>
{
    private const string NotAnImage = "This file is not a JPEG, PNG, WebP or GIF image.";
    private const string Damaged = "The image could not be read. The file may be damaged or incomplete.";
    private const string TooManyPixels = "The image is too big in pixels. It can be at most 12,000 pixels wide or high, and 40 megapixels in all.";

    public static TheoryData<string, string> Cases => new()
    {
        { "svg", NotAnImage },
        { "svg named .jpg", NotAnImage },
        { "html named .png", NotAnImage },
        { "elf executable", NotAnImage },
        { "windows executable", NotAnImage },
        { "shell script", NotAnImage },
        { "pdf", NotAnImage },
        { "zip", NotAnImage },
        { "empty file", "The file is empty." },
        { "truncated jpeg", Damaged },
        { "truncated png", Damaged },
        { "truncated gif", Damaged },
        { "truncated animated gif", Damaged },
        { "truncated webp", Damaged },
        { "truncated lossless webp", Damaged },
        { "gif without its trailer", Damaged },
        { "webp without its last byte", Damaged },
        { "animated gif whose third frame cannot be decoded", Damaged },
        { "animated gif with a control block of the wrong length", Damaged },
        { "jpeg signature then random bytes", Damaged },
        // Refused from the header alone: decoding first would have failed differently, or taken 10 GB.
        { "png declaring 50,000 x 50,000 pixels", TooManyPixels },
        { "gif declaring 60,000 x 60,000 pixels", TooManyPixels },
        { "jpeg 13,000 pixels wide", TooManyPixels },
        { "animated webp", "This image uses a feature the site cannot process, such as WebP animation. Save it as an ordinary JPEG, PNG, WebP or GIF and try again." },
        { "gif with too many frames for its size", "The animation has too many frames for its size. Make it shorter or smaller and try again." },
        { "png over the size limit", "The image is larger than the 1 MB limit." },
    };

    [Fact]
    public void Every_hostile_file_has_an_expected_message()
    {
        Assert.Equal(HostileFiles.Names.Order(), Cases.Select(c => (string)c[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_a_plain_message_and_leaves_nothing_behind(string hostileFile, string expectedMessage)
    {
        var (fileName, content) = HostileFiles.Get(hostileFile);
        var filesBefore = site.StoredFiles();
        var rowsBefore = await site.CountUploadedRowsAsync();

        var result = await site.UploadAsync(content, fileName, "Alt text", "Caption", "Credit");

        Assert.False(result.Succeeded);
        Assert.Null(result.Asset);
        Assert.Equal(expectedMessage, result.Refusal.Message);
        Assert.Equal(filesBefore, site.StoredFiles());
        Assert.Equal(rowsBefore, await site.CountUploadedRowsAsync());
    }

    [Fact]
    public async Task The_log_notes_the_declared_extension_and_reason_but_not_the_file_name()
    {
        var (_, content) = HostileFiles.Get("html named .png");

        await site.UploadAsync(content, "Jane Doe passport scan.jpeg");

        Assert.Contains(site.Log.Lines, l => l.Contains("*.jpeg", StringComparison.Ordinal) && l.Contains("NotAnImage", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Log.Lines, l => l.Contains("Jane", StringComparison.Ordinal) || l.Contains("passport", StringComparison.Ordinal));
    }
}
