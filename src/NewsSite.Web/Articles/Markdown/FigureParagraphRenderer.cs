using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// Turns a paragraph that holds nothing but a titled image into a figure with a caption, the
/// way editors expect: <c>![Alt](/img.jpg "Caption | Credit")</c> gives
/// <c>&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;Caption &lt;span class="credit"&gt;Credit&lt;/span&gt;</c>.
/// Every other paragraph renders as usual.
/// </summary>
internal sealed class FigureParagraphRenderer : ParagraphRenderer
{
    private const string CreditSeparator = " | ";

    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (StandaloneTitledImage(obj) is not { } image)
        {
            base.Write(renderer, obj);
            return;
        }
        var (caption, credit) = SplitTitle(image.Title!);
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\"><img src=\"").WriteEscapeUrl(image.GetDynamicUrl?.Invoke() ?? image.Url)
            .Write("\" alt=\"").WriteEscape(InlineText.Of(image)).Write("\" loading=\"lazy\"><figcaption>")
            .WriteEscape(caption);
        if (credit.Length > 0)
        {
            renderer.Write(" <span class=\"credit\">").WriteEscape(credit).Write("</span>");
        }
        renderer.WriteLine("</figcaption></figure>");
    }

    private static LinkInline? StandaloneTitledImage(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())).ToList();
        return inlines is [LinkInline { IsImage: true, Title.Length: > 0 } image] ? image : null;
    }

    private static (string Caption, string Credit) SplitTitle(string title)
    {
        var separator = title.LastIndexOf(CreditSeparator, StringComparison.Ordinal);
        return separator < 0
            ? (title.Trim(), "")
            : (title[..separator].Trim(), title[(separator + CreditSeparator.Length)..].Trim());
    }
}
