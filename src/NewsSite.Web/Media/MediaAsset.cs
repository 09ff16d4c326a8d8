using NewsSite.Web.Infrastructure.Caching;

namespace NewsSite.Web.Media;

/// <summary>
/// An image in the media library. Alt text, caption and credit stay with the image so that
/// every use starts from them; an article may override them for its hero figure.
/// </summary>
[PublicContent]
public class MediaAsset
{
    public int Id { get; set; }
    /// <summary>The URL path the image is served from, e.g. <c>/demo/images/harbour-dawn.jpg</c>.</summary>
    public required string Path { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string AltText { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Widths of the smaller copies made for responsive images, served beside the original as
    /// <c>name-{width}w.ext</c> (see <see cref="ResponsiveImage"/>).
    /// </summary>
    public int[] VariantWidths { get; set; } = [];
}
