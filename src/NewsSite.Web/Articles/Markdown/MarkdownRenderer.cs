using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// The one Markdown pipeline of the site: article bodies (rendered once, when saved), the
/// editor's preview and standing pages all go through here, so what an editor previews is what
/// readers get. Output is safe by construction, in three layers: raw HTML is not parsed (it is
/// shown as text), link and image URLs are limited to http(s), mailto and relative addresses,
/// and the resulting HTML is filtered once more against an allow-list.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .UseFigures()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    /// <exception cref="MarkdownTooComplexException">The text nests deeper than Markdig's limit (128 levels).</exception>
    public string ToHtml(string markdown)
    {
        try
        {
            return MarkdownHtmlSanitizer.Sanitize(Render(markdown ?? ""));
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new MarkdownTooComplexException(e);
        }
    }

    private static string Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        UnsafeUrlRemover.RemoveFrom(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new FigureParagraphRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
