using Ganss.Xss;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Defence in depth behind the Markdown pipeline: an HtmlSanitizer that lets through exactly the markup the
/// pipeline produces. Raw HTML is already disabled and URLs already checked, so anything else reaching the
/// sanitizer means a Markdig extension or a bug emitted it, and it is removed rather than trusted.
/// </summary>
internal static class SanitizerAllowList
{
    private const string CodeLanguageClassPrefix = "language-";

    private static readonly string[] Tags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "figure", "figcaption", "span", "blockquote",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "pre", "code",
        "em", "strong", "del", "sup", "sub", "hr", "br",
        // Footnotes are collected in a <div class="footnotes">.
        "div",
    ];

    private static readonly string[] Attributes =
    [
        // id: heading anchors, and footnotes linking to each other.
        "id", "class", "href", "title", "rel", "src", "alt", "loading", "width", "height",
        // start and type: ordered lists that begin at 3, or count a, b, c (list extras).
        "start", "type",
    ];

    private static readonly string[] Classes =
    [
        CaptionedImageRenderer.FigureClass, CaptionedImageRenderer.CreditClass,
        TableAlignmentClasses.Left, TableAlignmentClasses.Center, TableAlignmentClasses.Right,
        // Markdig's footnote markup.
        "footnotes", "footnote-ref", "footnote-back-ref",
    ];

    /// <summary>
    /// The sanitizer is configured here and never changed afterwards; HtmlSanitizer supports concurrent
    /// Sanitize calls on such an instance, so one serves every request.
    /// </summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase);
        options.AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase);
        options.AllowedClasses = new HashSet<string>(Classes, StringComparer.Ordinal);
        options.AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase);
        options.UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase);

        var sanitizer = new HtmlSanitizer(options);
        // Code blocks are tagged with their language ("language-csharp"); there are too many to list.
        sanitizer.RemovingCssClass += (_, e) =>
            e.Cancel = e.Tag.LocalName == "code" && e.CssClass.StartsWith(CodeLanguageClassPrefix, StringComparison.Ordinal);
        return sanitizer;
    }
}
