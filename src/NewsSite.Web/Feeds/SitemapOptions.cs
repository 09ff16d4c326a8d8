namespace NewsSite.Web.Feeds;

/// <summary>Configuration section <c>Sitemaps</c>: how many article addresses go in each sitemap file.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Sitemaps";

    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>Article addresses per file; files are filled in article id order, so each stays the same as the archive grows.</summary>
    public int UrlsPerFile { get; set; } = MaxUrlsPerFile;

    public int FileCount(int urlCount) => (urlCount + UrlsPerFile - 1) / UrlsPerFile;

    /// <summary>How many addresses come before file <paramref name="fileNumber"/> (numbered from 1).</summary>
    public int UrlsBefore(int fileNumber) => (fileNumber - 1) * UrlsPerFile;

    /// <summary>Read once at start-up; a value the protocol does not allow stops the site with a clear message.</summary>
    public static SitemapOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<SitemapOptions>() ?? new SitemapOptions();
        if (options.UrlsPerFile is < 1 or > MaxUrlsPerFile)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(UrlsPerFile)} must be between 1 and {MaxUrlsPerFile}.");
        }
        return options;
    }
}
