using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace NewsSite.Web.Media.Uploads;

/// <summary>One encoded file of an upload: the full-size image or a smaller copy.</summary>
internal sealed record ImageRendition(int Width, int Height, byte[] Content);

/// <summary>
/// Turns a decoded upload into the files that are stored. Only pixels survive re-encoding: whatever else the
/// upload carried (camera and location details, editing history, comments, bytes appended after the image)
/// stays behind.
/// </summary>
internal static class ImageRenditions
{
    /// <summary>The smaller copies for <c>srcset</c>, made only where narrower than the original.</summary>
    public static IReadOnlyList<int> VariantWidths { get; } = [480, 960, 1440];

    /// <summary>The full-size image first, then each smaller copy.</summary>
    public static IReadOnlyList<ImageRendition> Create(UploadedImage upload)
    {
        var image = upload.Image;
        // Cameras store pictures sideways and say so in EXIF; turn the pixels upright before EXIF is dropped.
        image.Mutate(x => x.AutoOrient());
        StripMetadata(image);
        var renditions = new List<ImageRendition> { Encode(image, upload.Format) };
        foreach (var width in VariantWidths.Where(w => w < image.Width))
        {
            using var smaller = image.Clone(x => x.Resize(width, 0));
            renditions.Add(Encode(smaller, upload.Format));
        }
        return renditions;
    }

    private static ImageRendition Encode(Image image, MediaImageFormat format)
    {
        using var output = new MemoryStream();
        image.Save(output, format.EncoderFor(image));
        return new ImageRendition(image.Width, image.Height, output.ToArray());
    }

    /// <summary>
    /// Drops EXIF (GPS position, camera serial numbers), XMP, IPTC and ICC profiles, PNG text chunks and GIF
    /// comments. Without its ICC profile a wide-gamut photo is shown as sRGB, slightly less saturated;
    /// ImageSharp 2.1 cannot convert between profiles, and a profile can carry identifying details.
    /// </summary>
    private static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
        image.Metadata.GetPngMetadata().TextData.Clear();
        image.Metadata.GetGifMetadata().Comments.Clear();
    }
}
