using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Media;

/// <summary>Media library settings (configuration section <c>Media</c>), validated when the site starts.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Where uploaded images are stored: relative to the content root, or absolute. They are served at <c>/media/</c>.</summary>
    [Required]
    public string StoragePath { get; set; } = ".data/media";

    /// <summary>The largest file accepted, in megabytes; editors are told this number when a file is refused.</summary>
    [Range(1, 1024)]
    public int MaxFileSizeMegabytes { get; set; } = 20;

    /// <summary>
    /// The widest or tallest image accepted. Checked from the file's header before any decoding, so a small
    /// file declaring an enormous picture (a decompression bomb) never gets to allocate it.
    /// </summary>
    [Range(1, 65_535)]
    public int MaxSidePixels { get; set; } = 12_000;

    /// <summary>The most pixels one picture (or one frame of an animation) may have, in millions; checked like <see cref="MaxSidePixels"/>.</summary>
    [Range(1, 1_000)]
    public int MaxMegapixels { get; set; } = 40;

    /// <summary>
    /// The most pixels of all frames of an animated GIF together, in millions. Every frame is decoded at the
    /// full size of the animation to check it, so this bounds the work one upload can cause.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxAnimationMegapixels { get; set; } = 100;

    internal long MaxFileSizeBytes => MaxFileSizeMegabytes * 1024L * 1024L;
}
