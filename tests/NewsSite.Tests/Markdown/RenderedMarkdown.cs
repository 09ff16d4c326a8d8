using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

/// <summary>
/// Renders Markdown with one shared renderer, the way the site uses it as a singleton, and parses the result
/// with a real HTML parser so tests assert on what a browser would build, not on substrings.
/// </summary>
internal static class RenderedMarkdown
{
    public static readonly MarkdownRenderer Renderer = new();

    public static IElement Body(string markdown) => Parse(Renderer.ToHtml(markdown));

    public static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;
}
