using System.Diagnostics.CodeAnalysis;
using SkiaSharp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>
/// An uploaded file that proved to be a whole image of an accepted format and size: its bytes were
/// recognised by their signature, its structure checked, its dimensions read from the header and
/// found reasonable, and only then decoded in full by Skia, every frame of it.
/// </summary>
/// <remarks>
/// What is kept: for a still picture, its pixels, turned upright and converted to sRGB, to be re-encoded in
/// <see cref="StoredFormat"/>; for an animated GIF, the file rebuilt by <see cref="AnimatedGif"/>, every frame
/// of which was decoded. Skia cannot encode GIF, so a still GIF is stored as a PNG, which keeps its pixels
/// exactly; an animated one stays a GIF with no smaller copies, since a still copy would stop the animation
/// on the screens that chose it.
/// </remarks>
internal sealed class UploadedImage : IDisposable
{
    private UploadedImage(MediaImageFormat storedFormat, int width, int height, SKBitmap? picture, byte[]? animation, bool lossless)
    {
        StoredFormat = storedFormat;
        Width = width;
        Height = height;
        Picture = picture;
        Animation = animation;
        Lossless = lossless;
    }

    /// <summary>The format the files are stored in: the upload's own, except for a still GIF, stored as PNG.</summary>
    public MediaImageFormat StoredFormat { get; }

    /// <summary>The width as displayed: after turning upright, or of an animation's canvas.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>A still picture's pixels, upright and in sRGB; null for an animation.</summary>
    public SKBitmap? Picture { get; }

    /// <summary>An animated GIF as it is stored; null for a still picture.</summary>
    public byte[]? Animation { get; }

    /// <summary>Whether the upload was a lossless WebP, to be stored lossless again.</summary>
    public bool Lossless { get; }

    public void Dispose() => Picture?.Dispose();

    /// <summary>Reads the upload, at most one byte past the size limit, so an oversized file is never held whole.</summary>
    public static async Task<byte[]?> ReadWithinLimitAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static bool TryDecode(
        byte[] file, MediaOptions limits, [NotNullWhen(true)] out UploadedImage? image, [NotNullWhen(false)] out MediaUploadRefusal? refusal)
    {
        image = null;
        if (file.Length == 0)
        {
            refusal = MediaUploadRefusal.Empty;
            return false;
        }
        if (MediaImageFormat.Recognise(file) is not { } format)
        {
            refusal = MediaUploadRefusal.NotAnImage;
            return false;
        }
        if (format.CountFrames(file) is not { } frames)
        {
            refusal = MediaUploadRefusal.Damaged;
            return false;
        }
        var animated = format == MediaImageFormat.Gif && frames > 1;
        // From here on an animated GIF is checked and decoded as it will be stored.
        var content = animated ? AnimatedGif.Rebuild(file) : file;
        if (content is null)
        {
            refusal = MediaUploadRefusal.Damaged;
            return false;
        }

        // Creating the codec reads the header only: no pixel is decoded, and nothing the size of the picture
        // allocated, before the checks below.
        using var codec = SKCodec.Create(new SKMemoryStream(content), out var opened);
        if (codec is null)
        {
            refusal = Refusal(opened) ?? MediaUploadRefusal.Damaged;
            return false;
        }
        refusal = CheckBeforeDecoding(codec, format, frames, limits);
        if (refusal is not null)
        {
            return false;
        }
        if (animated)
        {
            refusal = DecodeEveryFrame(codec);
            if (refusal is not null)
            {
                return false;
            }
            image = new UploadedImage(format, codec.Info.Width, codec.Info.Height, null, content, lossless: false);
            return true;
        }

        if (!TryDecodeUpright(codec, out var picture, out refusal))
        {
            return false;
        }
        var storedFormat = format == MediaImageFormat.Gif ? MediaImageFormat.Png : format;
        var lossless = format == MediaImageFormat.Webp && ImageFileStructure.IsLosslessWebp(file);
        image = new UploadedImage(storedFormat, picture.Width, picture.Height, picture, null, lossless);
        return true;
    }

    private static MediaUploadRefusal? CheckBeforeDecoding(SKCodec codec, MediaImageFormat format, int frames, MediaOptions limits)
    {
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (codec.EncodedFormat != format.EncodedFormat || width <= 0 || height <= 0)
        {
            return MediaUploadRefusal.Damaged;
        }
        long pixels = (long)width * height;
        if (width > limits.MaxSidePixels || height > limits.MaxSidePixels || pixels > limits.MaxMegapixels * 1_000_000L)
        {
            return MediaUploadRefusal.TooManyPixels(limits);
        }
        // Skia counts the frames of animations only; a still JPEG, PNG or WebP has none. A GIF's count must
        // match the structure's, or some frame would go unchecked.
        if (format == MediaImageFormat.Gif && codec.FrameCount != frames)
        {
            return MediaUploadRefusal.Damaged;
        }
        // Skia decodes WebP animations but cannot encode them.
        if (format != MediaImageFormat.Gif && Math.Max(frames, codec.FrameCount) > 1)
        {
            return MediaUploadRefusal.Unsupported;
        }
        return frames * pixels > limits.MaxAnimationMegapixels * 1_000_000L ? MediaUploadRefusal.TooManyFrames : null;
    }

    /// <summary>
    /// Decodes a still picture, or a GIF's only frame, into sRGB (converting from the colour profile the file
    /// declares, if any), then turns it the way its EXIF orientation says it should be viewed.
    /// </summary>
    private static bool TryDecodeUpright(
        SKCodec codec, [NotNullWhen(true)] out SKBitmap? picture, [NotNullWhen(false)] out MediaUploadRefusal? refusal)
    {
        picture = null;
        var decoded = Allocate(DecodingInfo(codec, animated: false));
        refusal = Refusal(codec.GetPixels(decoded.Info, decoded.GetPixels()));
        if (refusal is not null)
        {
            decoded.Dispose();
            return false;
        }
        picture = Orientation.Upright(decoded, codec.EncodedOrigin);
        return true;
    }

    /// <summary>
    /// Decodes each frame of an animation in turn onto one canvas, as a viewer plays it, so that a file whose
    /// later frames are damaged is refused too. A frame may build on the one before it; one that is to be
    /// undone after showing ("restore to previous") is decoded over a copy of the canvas and then undone.
    /// </summary>
    private static MediaUploadRefusal? DecodeEveryFrame(SKCodec codec)
    {
        using var canvas = Allocate(DecodingInfo(codec, animated: true));
        using var saved = Allocate(canvas.Info);
        var frameInfo = codec.FrameInfo;
        var shown = -1; // the last frame whose result the canvas holds, for the next frame to build on
        for (var frame = 0; frame < frameInfo.Length; frame++)
        {
            var undo = frameInfo[frame].DisposalMethod == SKCodecAnimationDisposalMethod.RestorePrevious;
            if (undo && !canvas.CopyTo(saved))
            {
                throw new InvalidOperationException("Could not copy an animation frame.");
            }
            var result = codec.GetPixels(canvas.Info, canvas.GetPixels(), new SKCodecOptions(frame, shown));
            if (Refusal(result) is { } refusal)
            {
                return refusal;
            }
            if (undo)
            {
                if (!saved.CopyTo(canvas))
                {
                    throw new InvalidOperationException("Could not copy an animation frame.");
                }
            }
            else
            {
                shown = frame;
            }
        }
        return null;
    }

    /// <summary>
    /// Skia's 8-bit RGBA in sRGB. An animation's canvas always allows transparency: a frame cleared to the
    /// background leaves a hole in the next, however opaque the first frame (which Skia's header describes) is.
    /// </summary>
    private static SKImageInfo DecodingInfo(SKCodec codec, bool animated) => new(
        codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
        codec.Info.AlphaType == SKAlphaType.Opaque && !animated ? SKAlphaType.Opaque : SKAlphaType.Premul,
        SKColorSpace.CreateSrgb());

    /// <summary>A bitmap with room for <paramref name="info"/>'s pixels, not yet set.</summary>
    internal static SKBitmap Allocate(SKImageInfo info)
    {
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            throw new InsufficientMemoryException($"Could not allocate {info.Width} x {info.Height} pixels.");
        }
        return bitmap;
    }

    /// <summary>
    /// What a codec's result means to the editor. Incomplete input is a file cut short, whose missing part
    /// Skia fills with blank rows: it is refused like any other damage, never stored with a blank band.
    /// </summary>
    private static MediaUploadRefusal? Refusal(SKCodecResult result) => result switch
    {
        SKCodecResult.Success => null,
        SKCodecResult.Unimplemented or SKCodecResult.InvalidConversion => MediaUploadRefusal.Unsupported,
        _ => MediaUploadRefusal.Damaged,
    };
}
