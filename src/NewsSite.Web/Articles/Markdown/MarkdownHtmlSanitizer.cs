using Ganss.Xss;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// The last layer: an allow-list of exactly the elements and attributes the pipeline produces.
/// Should a future extension or a parser bug ever emit something else, it is dropped here.
/// </summary>
internal static class MarkdownHtmlSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "figure", "figcaption", "span",
                "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
                "pre", "code", "em", "strong", "del", "ins", "mark", "sup", "sub", "hr", "br", "section", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "id", "class", "href", "title", "src", "alt", "loading", "width", "height", "start", "rel",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
