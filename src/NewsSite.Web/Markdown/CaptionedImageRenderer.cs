using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Writes a <see cref="CaptionedImageBlock"/> as
/// <c>&lt;figure class="figure"&gt;&lt;img …&gt;&lt;figcaption&gt;Caption &lt;span class="credit"&gt;Credit&lt;/span&gt;&lt;/figcaption&gt;&lt;/figure&gt;</c>.
/// </summary>
internal sealed class CaptionedImageRenderer : HtmlObjectRenderer<CaptionedImageBlock>
{
    public const string FigureClass = "figure";
    public const string CreditClass = "credit";

    protected override void Write(HtmlRenderer renderer, CaptionedImageBlock block)
    {
        renderer.EnsureLine();
        renderer.Write($"<figure class=\"{FigureClass}\">");
        renderer.WriteLeafInline(block);
        renderer.Write("<figcaption>");
        renderer.WriteEscape(block.Caption);
        if (block.Credit is not null)
        {
            if (block.Caption.Length > 0)
            {
                renderer.Write(' ');
            }

            renderer.Write($"<span class=\"{CreditClass}\">");
            renderer.WriteEscape(block.Credit);
            renderer.Write("</span>");
        }

        renderer.Write("</figcaption></figure>");
        renderer.WriteLine();
    }
}
