using SkiaSharp;

namespace NewsSite.Web.Media.Uploads;

/// <summary>One encoded file of an upload: the full-size image or a smaller copy.</summary>
internal sealed record ImageRendition(int Width, int Height, byte[] Content);

/// <summary>
/// Turns a decoded upload into the files that are stored. Only pixels survive re-encoding: whatever else the
/// upload carried (camera and location details, editing history, comments, colour profiles, bytes appended
/// after the image) stays behind, as Skia's encoders write none of it.
/// </summary>
internal static class ImageRenditions
{
    /// <summary>Quality for lossy re-encoding: visually close to the original at a fraction of a camera's file size.</summary>
    private const int LossyQuality = 82;

    /// <summary>For lossless WebP the quality number is the effort spent compressing; 75 is libwebp's default.</summary>
    private const int LosslessEffort = 75;

    /// <summary>The smaller copies for <c>srcset</c>, made only where narrower than the original.</summary>
    public static IReadOnlyList<int> VariantWidths { get; } = [480, 960, 1440];

    /// <summary>The full-size image first, then each smaller copy. An animated GIF is stored as rebuilt, alone (see <see cref="UploadedImage"/>).</summary>
    public static IReadOnlyList<ImageRendition> Create(UploadedImage upload)
    {
        if (upload.Picture is not { } picture)
        {
            return [new ImageRendition(upload.Width, upload.Height, upload.Animation!)];
        }
        var renditions = new List<ImageRendition> { Encode(picture, upload) };
        foreach (var width in VariantWidths.Where(w => w < picture.Width))
        {
            using var smaller = Resize(picture, width);
            renditions.Add(Encode(smaller, upload));
        }
        return renditions;
    }

    /// <summary>
    /// Halves the picture (each pixel the average of four) while it is at least twice the width wanted, then
    /// makes the last step with a Mitchell filter: sharp, and free of the shimmer a single large step leaves.
    /// </summary>
    private static SKBitmap Resize(SKBitmap picture, int width)
    {
        var height = Math.Max(1, (int)Math.Round((double)picture.Height * width / picture.Width, MidpointRounding.AwayFromZero));
        var current = picture;
        try
        {
            while (current.Width / 2 >= width)
            {
                var half = Scale(current, current.Width / 2, Math.Max(1, current.Height / 2), new SKSamplingOptions(SKFilterMode.Linear));
                if (current != picture)
                {
                    current.Dispose();
                }
                current = half;
            }
            return Scale(current, width, height, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        finally
        {
            if (current != picture)
            {
                current.Dispose();
            }
        }
    }

    private static SKBitmap Scale(SKBitmap source, int width, int height, SKSamplingOptions sampling) =>
        source.Resize(source.Info.WithSize(width, height), sampling)
            ?? throw new InvalidOperationException($"Could not resize a picture to {width} x {height} pixels.");

    private static ImageRendition Encode(SKBitmap picture, UploadedImage upload)
    {
        // The pixels are sRGB. Encoded without a colour space, Skia writes no ICC profile, and browsers show
        // untagged pixels as sRGB: the colours are kept without a profile that could identify the camera.
        using var pixels = new SKPixmap(picture.Info.WithColorSpace(null), picture.GetPixels(), picture.RowBytes);
        var format = upload.StoredFormat;
        using var encoded =
            format == MediaImageFormat.Jpeg ? pixels.Encode(new SKJpegEncoderOptions(LossyQuality))
            : format == MediaImageFormat.Png ? pixels.Encode(SKPngEncoderOptions.Default)
            : format == MediaImageFormat.Webp ? pixels.Encode(upload.Lossless
                ? new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, LosslessEffort)
                : new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, LossyQuality))
            : throw new ArgumentException($"Skia cannot encode {format.ContentType}.", nameof(upload));
        return new ImageRendition(picture.Width, picture.Height,
            encoded?.ToArray() ?? throw new InvalidOperationException($"Could not encode a picture as {format.ContentType}."));
    }
}
