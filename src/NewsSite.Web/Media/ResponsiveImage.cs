using System.Globalization;

namespace NewsSite.Web.Media;

/// <summary>
/// Builds <c>srcset</c> values: the original plus each smaller copy, named
/// <c>harbour-dawn-480w.jpg</c> beside <c>harbour-dawn.jpg</c>.
/// </summary>
public static class ResponsiveImage
{
    public static string VariantPath(string path, int width)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return $"{path[..^extension.Length]}-{width.ToString(CultureInfo.InvariantCulture)}w{extension}";
    }

    public static string SrcSet(string path, int originalWidth, IEnumerable<int> variantWidths) =>
        string.Join(", ", variantWidths.Where(w => w < originalWidth).Order()
            .Select(w => $"{VariantPath(path, w)} {w.ToString(CultureInfo.InvariantCulture)}w")
            .Append($"{path} {originalWidth.ToString(CultureInfo.InvariantCulture)}w"));
}
