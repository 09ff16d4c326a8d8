using System.Globalization;

namespace NewsSite.Web.Media.Uploads;

/// <summary>Why an upload was not stored: a reason for code and logs, and a sentence for the editor.</summary>
public sealed record MediaUploadRefusal(MediaUploadRefusalReason Reason, string Message)
{
    internal static MediaUploadRefusal Empty { get; } =
        new(MediaUploadRefusalReason.Empty, "The file is empty.");

    internal static MediaUploadRefusal NotAnImage { get; } =
        new(MediaUploadRefusalReason.NotAnImage, "This file is not a JPEG, PNG, WebP or GIF image.");

    internal static MediaUploadRefusal Damaged { get; } =
        new(MediaUploadRefusalReason.Damaged, "The image could not be read. The file may be damaged or incomplete.");

    internal static MediaUploadRefusal Unsupported { get; } =
        new(MediaUploadRefusalReason.Unsupported,
            "This image uses a feature the site cannot process, such as WebP animation. Save it as an ordinary JPEG, PNG, WebP or GIF and try again.");

    internal static MediaUploadRefusal TooLarge(MediaOptions limits) =>
        new(MediaUploadRefusalReason.TooLarge, $"The image is larger than the {Number(limits.MaxFileSizeMegabytes)} MB limit.");

    internal static MediaUploadRefusal TooManyPixels(MediaOptions limits) =>
        new(MediaUploadRefusalReason.TooManyPixels,
            $"The image is too big in pixels. It can be at most {Number(limits.MaxSidePixels)} pixels wide or high, " +
            $"and {Number(limits.MaxMegapixels)} megapixels in all.");

    internal static MediaUploadRefusal TooManyFrames { get; } =
        new(MediaUploadRefusalReason.TooManyFrames, "The animation has too many frames for its size. Make it shorter or smaller and try again.");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

public enum MediaUploadRefusalReason
{
    Empty,
    TooLarge,
    NotAnImage,
    Damaged,
    Unsupported,
    TooManyPixels,
    TooManyFrames,
}
