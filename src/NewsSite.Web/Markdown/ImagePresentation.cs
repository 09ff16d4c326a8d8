using Markdig.Extensions.Figures;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Markdown;

/// <summary>How images appear in articles: loaded lazily, and titled images shown as captioned figures.</summary>
internal static class ImagePresentation
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            // Long articles carry many photos; only those near the reader should be downloaded.
            image.GetAttributes().AddProperty("loading", "lazy");
        }

        // Figures written with Markdig's ^^^ fences get the same class as captioned images, so they look alike.
        foreach (var figure in document.Descendants<Figure>())
        {
            figure.GetAttributes().AddClass(CaptionedImageRenderer.FigureClass);
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            ConvertIfCaptionedImage(paragraph);
        }
    }

    private static void ConvertIfCaptionedImage(ParagraphBlock paragraph)
    {
        // A ^^^ figure already has its own caption; one figure inside another would show two.
        if (paragraph.Parent is not { } parent || parent is Figure
            || paragraph.Inline is not { FirstChild: LinkInline { IsImage: true } image } inlines
            || image.NextSibling is not null
            || string.IsNullOrWhiteSpace(image.Title))
        {
            return;
        }

        var (caption, credit) = CaptionedImageBlock.SplitTitle(image.Title);
        // The caption is shown below the photo; repeating it as a tooltip adds nothing.
        image.Title = null;
        paragraph.Inline = null;
        parent[parent.IndexOf(paragraph)] = new CaptionedImageBlock(inlines, caption, credit);
    }
}
