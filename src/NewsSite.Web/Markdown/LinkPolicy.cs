using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Applies <see cref="UrlPolicy"/> to every link and image in a parsed document before it is rendered:
/// inline and reference links, images, &lt;autolinks&gt; and bare www/http links all arrive here as inlines.
/// </summary>
internal static class LinkPolicy
{
    // Readers leave NewsSite through external links; the target page learns nothing about where they came from.
    private const string ExternalLinkRel = "noopener noreferrer";

    public static void Apply(MarkdownDocument document)
    {
        // Materialised first because removing a link changes the tree being walked.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Apply(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            Apply(autolink);
        }
    }

    private static void Apply(LinkInline link)
    {
        // The HTML renderer prefers GetDynamicUrl over Url, so that is the value to judge.
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
        switch (UrlPolicy.Classify(url))
        {
            case UrlKind.Unsafe:
                // Keep what the reader sees (the link text, or an image's alt text) without the element carrying the URL.
                link.MoveChildrenAfter(link);
                link.Remove();
                break;
            case UrlKind.Web when !link.IsImage:
                link.GetAttributes().AddProperty("rel", ExternalLinkRel);
                break;
        }
    }

    private static void Apply(AutolinkInline autolink)
    {
        // An e-mail autolink has no scheme of its own; the renderer always writes it as mailto:.
        if (autolink.IsEmail)
        {
            return;
        }

        switch (UrlPolicy.Classify(autolink.Url))
        {
            case UrlKind.Unsafe:
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
                break;
            case UrlKind.Web:
                autolink.GetAttributes().AddProperty("rel", ExternalLinkRel);
                break;
        }
    }
}
