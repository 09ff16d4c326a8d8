namespace NewsSite.Web.Media;

/// <summary>The folder that holds the media library's files, served at <see cref="UrlPrefix"/>.</summary>
public sealed class MediaStorage(string root)
{
    public const string UrlPrefix = "/media";

    /// <summary>
    /// Files are written here first and moved into place when whole. It lies inside <see cref="Root"/> so that
    /// the move is a rename on the same disk; the files in it are named <c>.….tmp</c>, which is never served.
    /// </summary>
    internal const string IncomingFolder = ".incoming";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary><c>2026/11/3fa4c1d2e5b6a7f8.jpg</c> is served as <c>/media/2026/11/3fa4c1d2e5b6a7f8.jpg</c>.</summary>
    public static string UrlPath(string relativePath) => $"{UrlPrefix}/{relativePath}";

    public string FilePath(string relativePath) => Path.Combine(Root, relativePath);
}
