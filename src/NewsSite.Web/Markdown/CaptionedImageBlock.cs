using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Markdown;

/// <summary>
/// A photo with its caption and credit, written by editors as a paragraph holding a single titled image:
/// <c>![Boats at the quay](/images/harbour.jpg "Fishing boats wait for the tide | Photo: Ana Ruiz")</c>.
/// </summary>
internal sealed class CaptionedImageBlock : LeafBlock
{
    private const string CreditSeparator = " | ";

    // The image keeps its place in a ContainerInline so Markdig's own image renderer writes the <img>.
    public CaptionedImageBlock(ContainerInline image, string caption, string? credit)
        : base(null)
    {
        Inline = image;
        Caption = caption;
        Credit = credit;
    }

    public string Caption { get; }

    public string? Credit { get; }

    /// <summary>Splits an image title into caption and credit at the last " | "; the credit is optional.</summary>
    public static (string Caption, string? Credit) SplitTitle(string title)
    {
        var separator = title.LastIndexOf(CreditSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return (title.Trim(), null);
        }

        var credit = title[(separator + CreditSeparator.Length)..].Trim();
        return (title[..separator].Trim(), credit.Length > 0 ? credit : null);
    }
}
