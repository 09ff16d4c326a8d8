namespace NewsSite.Web.Feeds;

/// <summary>Configuration section <c>Sitemaps</c>: how many article addresses go in each sitemap file.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Sitemaps";

    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>
    /// How many article ids each file covers, and so the most addresses it can hold. File n lists
    /// the published articles whose ids run from <see cref="FirstId"/> to <see cref="LastId"/>:
    /// the index finds the files without counting the archive, a file is read by its own short
    /// range of the primary key, and a file's content stays put as the archive grows.
    /// </summary>
    public int UrlsPerFile { get; set; } = MaxUrlsPerFile;

    /// <summary>The first article id of file <paramref name="fileNumber"/> (numbered from 1).</summary>
    public long FirstId(int fileNumber) => ((long)fileNumber - 1) * UrlsPerFile + 1;

    public long LastId(int fileNumber) => (long)fileNumber * UrlsPerFile;

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
