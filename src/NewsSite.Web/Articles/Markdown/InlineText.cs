using System.Text;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>The plain text inside an inline (an image's alt text, a link's words), without markup.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }
                break;
        }
    }
}
