using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// The four image formats the media library accepts, recognised by their first bytes. Each is decoded with
/// its own decoder only, so no other format ImageSharp knows (BMP, TIFF, TGA…) can slip in, and re-encoded
/// in the same format.
/// </summary>
internal sealed class MediaImageFormat
{
    /// <summary>Quality for lossy re-encoding: visually close to the original at a fraction of a camera's file size.</summary>
    private const int LossyQuality = 82;

    public static readonly MediaImageFormat Jpeg = new(
        "image/jpeg", ".jpg", new JpegDecoder(), ImageFileStructure.JpegFrames, _ => new JpegEncoder { Quality = LossyQuality });

    public static readonly MediaImageFormat Png = new(
        "image/png", ".png", new PngDecoder(), ImageFileStructure.PngFrames, _ => new PngEncoder());

    /// <summary>Lossless WebP (screenshots, graphics) stays lossless; ImageSharp 2.1 refuses animated WebP.</summary>
    public static readonly MediaImageFormat Webp = new(
        "image/webp", ".webp", new WebpDecoder(), ImageFileStructure.WebpFrames,
        image => new WebpEncoder { FileFormat = image.Metadata.GetWebpMetadata().FileFormat, Quality = LossyQuality });

    /// <summary>Animated GIFs keep every frame and their timing; each frame is resized for the smaller copies.</summary>
    public static readonly MediaImageFormat Gif = new(
        "image/gif", ".gif", new GifDecoder(), ImageFileStructure.GifFrames, _ => new GifEncoder());

    public static IReadOnlyList<MediaImageFormat> All { get; } = [Jpeg, Png, Webp, Gif];

    private readonly Func<byte[], int?> _countFrames;
    private readonly Func<Image, IImageEncoder> _encoder;

    private MediaImageFormat(string contentType, string extension, IImageDecoder decoder, Func<byte[], int?> countFrames, Func<Image, IImageEncoder> encoder)
    {
        ContentType = contentType;
        Extension = extension;
        Decoder = decoder;
        _countFrames = countFrames;
        _encoder = encoder;
    }

    public string ContentType { get; }

    /// <summary>The extension stored files get, whatever the uploaded file was called.</summary>
    public string Extension { get; }

    public IImageDecoder Decoder { get; }

    /// <summary>The decoder's header reader, which learns the dimensions without decoding any pixels.</summary>
    public IImageInfoDetector HeaderReader => (IImageInfoDetector)Decoder;

    /// <summary>How many frames the file holds, or null when it ends before its structure says it should.</summary>
    public int? CountFrames(byte[] file) => _countFrames(file);

    public IImageEncoder EncoderFor(Image image) => _encoder(image);

    /// <summary>The format the file's signature names; null for anything else, whatever its name or declared type.</summary>
    public static MediaImageFormat? Recognise(ReadOnlySpan<byte> file) =>
        file.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : file.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : file.StartsWith("GIF87a"u8) || file.StartsWith("GIF89a"u8) ? Gif
        : file.Length >= 12 && file.StartsWith("RIFF"u8) && file[8..12].SequenceEqual("WEBP"u8) ? Webp
        : null;
}
