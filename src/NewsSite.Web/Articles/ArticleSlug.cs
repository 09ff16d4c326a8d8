using System.Globalization;
using System.Text;

namespace NewsSite.Web.Articles;

/// <summary>The last part of an article's address: lowercase ASCII letters and digits, words joined by hyphens.</summary>
public static class ArticleSlug
{
    /// <summary>
    /// "Café owners back the 2027 plan!" becomes "cafe-owners-back-the-2027-plan". Accents are
    /// dropped, every other run of characters becomes one hyphen, and a slug longer than the column
    /// is cut at a word boundary. Text with no ASCII letter or digit gives an empty slug.
    /// </summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // Decomposing separates "é" into "e" and a combining accent, which is then skipped.
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return Shorten(slug.ToString());
    }

    private static string Shorten(string slug)
    {
        if (slug.Length <= ArticleLimits.SlugLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', ArticleLimits.SlugLength);
        return cut > 0 ? slug[..cut] : slug[..ArticleLimits.SlugLength];
    }
}
