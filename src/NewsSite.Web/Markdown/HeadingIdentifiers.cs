using System.Globalization;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Gives every heading a GitHub-style id ("## Why it matters" becomes id="why-it-matters") so sections can be
/// linked to. Markdig's AutoIdentifiers extension produces the same ids, but it searches for a free suffix from
/// 1 every time, which takes seconds on a document of thousands of identical headings; this keeps the next
/// suffix per id instead.
/// </summary>
internal static class HeadingIdentifiers
{
    // What GitHub and Markdig call a heading whose text leaves nothing for an id.
    private const string EmptyHeadingId = "section";

    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var plainText = new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            text.GetStringBuilder().Clear();
            if (heading.Inline is not null)
            {
                plainText.Render(heading.Inline);
            }

            var slug = LinkHelper.UrilizeAsGfm(text.ToString());
            heading.GetAttributes().Id = MakeUnique(slug.Length > 0 ? slug : EmptyHeadingId, taken, nextSuffix);
        }
    }

    /// <summary>Numbers repeats the way GitHub does: "a", "a-1", "a-2", skipping ids a heading already uses.</summary>
    private static string MakeUnique(string id, HashSet<string> taken, Dictionary<string, int> nextSuffix)
    {
        if (taken.Add(id))
        {
            return id;
        }

        var suffix = nextSuffix.GetValueOrDefault(id, 1);
        string candidate;
        do
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{suffix++}");
        }
        while (!taken.Add(candidate));

        nextSuffix[id] = suffix;
        return candidate;
    }
}
