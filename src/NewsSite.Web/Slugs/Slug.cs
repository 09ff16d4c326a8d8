using System.Globalization;
using System.Text;

namespace NewsSite.Web.Slugs;

/// <summary>
/// The last part of a public address (an article, section, tag, author or standing page):
/// lowercase ASCII letters and digits, words joined by hyphens.
/// </summary>
public static class Slug
{
    /// <summary>The slug columns' length, and the longest slug <see cref="From"/> makes.</summary>
    public const int MaxLength = 200;

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
        if (slug.Length <= MaxLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
