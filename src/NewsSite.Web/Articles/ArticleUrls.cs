namespace NewsSite.Web.Articles;

/// <summary>Articles live at <c>/{section}/{slug}</c>: readable, and stable while both stay the same.</summary>
public static class ArticleUrls
{
    public static string For(string sectionSlug, string articleSlug) => $"/{sectionSlug}/{articleSlug}";
}
