using SkiaSharp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// The four image formats the media library accepts, recognised by their first bytes, so that no other format
/// Skia can decode (BMP, ICO, WBMP, camera raw, HEIF…) slips in. Skia must find the same format in the file.
/// </summary>
internal sealed class MediaImageFormat
{
    public static readonly MediaImageFormat Jpeg = new("image/jpeg", ".jpg", SKEncodedImageFormat.Jpeg, ImageFileStructure.JpegFrames);

    public static readonly MediaImageFormat Png = new("image/png", ".png", SKEncodedImageFormat.Png, ImageFileStructure.PngFrames);

    public static readonly MediaImageFormat Webp = new("image/webp", ".webp", SKEncodedImageFormat.Webp, ImageFileStructure.WebpFrames);

    /// <summary>Stored as GIF only when animated; a still GIF is stored as PNG (see <see cref="UploadedImage"/>).</summary>
    public static readonly MediaImageFormat Gif = new("image/gif", ".gif", SKEncodedImageFormat.Gif, ImageFileStructure.GifFrames);

    public static IReadOnlyList<MediaImageFormat> All { get; } = [Jpeg, Png, Webp, Gif];

    private readonly Func<byte[], int?> _countFrames;

    private MediaImageFormat(string contentType, string extension, SKEncodedImageFormat encodedFormat, Func<byte[], int?> countFrames)
    {
        ContentType = contentType;
        Extension = extension;
        EncodedFormat = encodedFormat;
        _countFrames = countFrames;
    }

    public string ContentType { get; }

    /// <summary>The extension stored files get, whatever the uploaded file was called.</summary>
    public string Extension { get; }

    /// <summary>What Skia's decoder must report for a file of this format.</summary>
    public SKEncodedImageFormat EncodedFormat { get; }

    /// <summary>How many frames the file holds, or null when it ends before its structure says it should.</summary>
    public int? CountFrames(byte[] file) => _countFrames(file);

    /// <summary>The format the file's signature names; null for anything else, whatever its name or declared type.</summary>
    public static MediaImageFormat? Recognise(ReadOnlySpan<byte> file) =>
        file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : file.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : file.StartsWith("GIF87a"u8) || file.StartsWith("GIF89a"u8) ? Gif
        : file.Length >= 12 && file.StartsWith("RIFF"u8) && file[8..12].SequenceEqual("WEBP"u8) ? Webp
        : null;
}
