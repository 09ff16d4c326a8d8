namespace NewsSite.Web.SiteSettings;

/// <summary>
/// Where advertisements go. A slot that is not configured is not shown at all; one that is
/// keeps its size reserved so the page does not jump when the advertisement loads.
/// </summary>
public class AdSettings
{
    /// <summary>An in-article slot after every this many paragraphs (0: none).</summary>
    public int EveryParagraphs { get; set; } = 4;

    public AdSlot? InArticle { get; set; }
    public AdSlot? Sidebar { get; set; }
}

/// <summary>
/// An advertisement: an image with a link, or an embed URL from one of the ad servers trusted in
/// configuration (<see cref="AdOptions"/>). An embed runs in a sandboxed frame from its own
/// origin, never as script in the site's pages.
/// </summary>
public class AdSlot
{
    public string? ImageUrl { get; set; }
    public string? LinkUrl { get; set; }
    public string AltText { get; set; } = "";
    public string? EmbedUrl { get; set; }
    public int Width { get; set; } = 300;
    public int Height { get; set; } = 250;
}
