namespace NewsSite.Web.Media;

/// <summary>The smallest copy of a library image, for the admin pages' grids of images.</summary>
public static class Thumbnail
{
    public static string PathOf(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.VariantWidths.Length > 0 ? ResponsiveImage.VariantPath(asset.Path, asset.VariantWidths.Min()) : asset.Path;
    }
}
