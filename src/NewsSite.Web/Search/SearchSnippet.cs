using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace NewsSite.Web.Search;

/// <summary>
/// Turns a <c>ts_headline</c> excerpt into safe HTML. PostgreSQL returns a stretch of the article's
/// HTML with its tags dropped but its entities (<c>&amp;lt;</c>) kept, and with markers around the
/// matches. The markers are control characters no article can show; the text between them is
/// decoded to plain text and encoded again, and only then do the markers become <c>&lt;mark&gt;</c>.
/// </summary>
public static partial class SearchSnippet
{
    public const char StartMarker = '\u0002';
    public const char StopMarker = '\u0003';

    /// <summary>The options passed to <c>ts_headline</c>: up to two fragments of 12 to 30 words.</summary>
    public const string HeadlineOptions =
        "StartSel=\"\u0002\", StopSel=\"\u0003\", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    /// <summary>
    /// Encodes <paramref name="headline"/> and marks its matches. A stray marker in the source text
    /// can only open or close a mark, never leave one open, so the result is always well formed.
    /// </summary>
    public static HtmlString ToHtml(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        // Dropped tags leave runs of spaces and line breaks behind.
        headline = Whitespace().Replace(headline, " ").Trim();
        var html = new StringBuilder(headline.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= headline.Length; i++)
        {
            if (i < headline.Length && headline[i] is not (StartMarker or StopMarker))
            {
                continue;
            }
            html.Append(HtmlEncoder.Default.Encode(WebUtility.HtmlDecode(headline[start..i])));
            start = i + 1;
            var wantsOpen = i < headline.Length && headline[i] == StartMarker;
            if (wantsOpen != open)
            {
                html.Append(wantsOpen ? "<mark>" : "</mark>");
                open = wantsOpen;
            }
        }
        return new HtmlString(html.ToString());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
