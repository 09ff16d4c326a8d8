using Microsoft.AspNetCore.Html;
using NewsSite.Web.Articles.Revisions;

namespace NewsSite.Web.Pages.Admin.Articles;

/// <summary>
/// One line of a comparison as HTML: added words in &lt;ins&gt;, removed ones in &lt;del&gt;, each
/// announced in words to screen readers (browsers do not say them), and every text encoded.
/// Written in code rather than Razor so no stray white space enters a line shown as it is.
/// </summary>
public static class DiffMarkup
{
    public static IHtmlContent Line(DiffLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var html = new HtmlContentBuilder();
        foreach (var segment in line.Segments)
        {
            var (element, said) = segment.Kind switch
            {
                DiffKind.Added => ("ins", "added"),
                DiffKind.Removed => ("del", "removed"),
                _ => (null, null),
            };
            if (element is null)
            {
                html.Append(segment.Text);
                continue;
            }
            html.AppendHtml($"<{element}><span class=\"visually-hidden\">[{said}: </span>")
                .Append(segment.Text)
                .AppendHtml($"<span class=\"visually-hidden\">]</span></{element}>");
        }
        return html;
    }
}
