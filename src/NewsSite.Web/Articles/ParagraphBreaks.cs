namespace NewsSite.Web.Articles;

/// <summary>
/// Splits stored article HTML after every n-th top-level paragraph, so advertisement slots can
/// sit between paragraphs and never inside a quote, list or table. A break waits for a place
/// between two paragraphs: a paragraph that introduces a list or table stays with it. The HTML is the pipeline's own
/// sanitised output, so a light scan of its tags is enough; no parser runs per request.
/// </summary>
public static class ParagraphBreaks
{
    private static readonly string[] VoidElements = ["img", "br", "hr", "input", "meta", "link", "source", "wbr"];

    public static IReadOnlyList<string> SplitEvery(string html, int paragraphs)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (paragraphs <= 0)
        {
            return [html];
        }
        var segments = new List<string>();
        int depth = 0, count = 0, segmentStart = 0, position = 0;
        var due = false;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            var end = html.IndexOf('>', position);
            if (end < 0)
            {
                break;
            }
            var tag = html.AsSpan(position + 1, end - position - 1);
            if (tag.StartsWith("/"))
            {
                depth--;
                if (depth == 0 && tag[1..].Trim().Equals("p", StringComparison.OrdinalIgnoreCase))
                {
                    due |= ++count % paragraphs == 0;
                    if (due && ParagraphFollows(html, end + 1))
                    {
                        segments.Add(html[segmentStart..(end + 1)]);
                        segmentStart = end + 1;
                        due = false;
                    }
                }
            }
            else if (!tag.StartsWith("!") && !tag.EndsWith("/") && !IsVoid(tag))
            {
                depth++;
            }
            position = end + 1;
        }
        var rest = html[segmentStart..];
        if (!string.IsNullOrWhiteSpace(rest) || segments.Count == 0)
        {
            segments.Add(rest);
        }
        return segments;
    }

    private static bool ParagraphFollows(string html, int from)
    {
        var next = html.AsSpan(from).TrimStart();
        return next.StartsWith("<p>", StringComparison.OrdinalIgnoreCase) || next.StartsWith("<p ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsVoid(ReadOnlySpan<char> tag)
    {
        var nameEnd = tag.IndexOfAny(' ', '\n', '\t');
        var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString();
        return VoidElements.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
