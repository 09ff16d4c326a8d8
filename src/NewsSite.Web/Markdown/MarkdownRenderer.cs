using System.Globalization;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Syntax;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Turns editor-written Markdown into safe HTML. This is the only Markdown pipeline on the site: article bodies,
/// the editor preview and static pages all go through it, so they always render alike.
/// Thread-safe; register it as a singleton.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>
    /// Longer input is shown as plain text instead of being parsed. Markdig has inputs whose parsing time grows
    /// with the square of their length ("[a](" repeated takes minutes at 1 MB), so an upper bound is what keeps
    /// a hostile document from tying up a request. 100,000 characters is about 15,000 words, several times
    /// the longest feature; at that length the worst input known takes a few seconds.
    /// </summary>
    internal const int MaxMarkdownLength = 100_000;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript)
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseFootnotes()
        .UseFigures()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = SanitizerAllowList.CreateSanitizer();

    /// <summary>
    /// Renders Markdown to an HTML fragment that is safe to insert into a page as is. Never throws for any text:
    /// a document Markdig cannot handle (too long, nested too deeply) comes back as encoded plain paragraphs.
    /// </summary>
    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var text = TextCleaner.ReplaceUnstorableCharacters(markdown);
        return _sanitizer.Sanitize(TryRenderMarkdown(text) ?? PlainTextFallback.ToHtml(text));
    }

    private string? TryRenderMarkdown(string text)
    {
        if (text.Length > MaxMarkdownLength)
        {
            return null;
        }

        try
        {
            var document = Markdig.Markdown.Parse(text, _pipeline);
            // Order matters: images with unsafe URLs are gone before titled images become figures.
            LinkPolicy.Apply(document);
            HeadingIdentifiers.Assign(document);
            TableAlignmentClasses.Apply(document);
            ImagePresentation.Apply(document);
            return Render(document);
        }
        catch (ArgumentException)
        {
            // Markdig refuses documents nested deeper than MarkdownPipeline.MaximumNestingDepth, while parsing or,
            // for some inline constructs ("[[a](b)" repeated), while rendering. Thousands of '>' or list markers,
            // or thousands of emphasised words in one paragraph, are not an article; the caller shows plain text.
            return null;
        }
    }

    private string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new CaptionedImageRenderer());
        renderer.Render(document);
        return writer.ToString();
    }
}
