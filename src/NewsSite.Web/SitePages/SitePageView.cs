namespace NewsSite.Web.SitePages;

/// <summary>One published version of a standing page, as readers see it (read by <see cref="SitePageQuery"/>).</summary>
public sealed record SitePageView(string Slug, string Title, string Summary, string BodyHtml, int Version, DateTimeOffset EffectiveFrom);
