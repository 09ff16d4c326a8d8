using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// Walks a parsed document and takes out every link and image whose address is not allowed:
/// a link keeps its text without the anchor, an image is replaced by its alt text.
/// </summary>
internal static class UnsafeUrlRemover
{
    public static void RemoveFrom(MarkdownDocument document)
    {
        // Materialised first: the loop changes the tree it walks.
        foreach (var link in document.Descendants<LinkInline>().Where(l => !SafeUrl.IsAllowed(l.Url)).ToList())
        {
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
            }
            else
            {
                Unwrap(link);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !SafeUrl.IsAllowed(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }

    private static void Unwrap(LinkInline link)
    {
        Inline anchor = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}
