using System.Net;
using System.Text;

namespace NewsSite.Web.Markdown;

/// <summary>
/// What a document Markdig cannot safely parse (too long, nested too deeply) is shown as: its text, HTML-encoded,
/// one paragraph per blank-line-separated block. Nothing is lost and the editor sees where the problem is.
/// </summary>
internal static class PlainTextFallback
{
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }
}
