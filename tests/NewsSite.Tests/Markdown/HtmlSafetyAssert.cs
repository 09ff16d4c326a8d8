using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsSite.Tests.Markdown;

/// <summary>
/// Asserts that HTML cannot run script or restyle the page, judged on the DOM a browser would build from it.
/// Deliberately independent of the renderer's own URL rules: it applies the browser's reading of a URL.
/// </summary>
internal static partial class HtmlSafetyAssert
{
    private static readonly HashSet<string> ForbiddenElements =
    [
        "script", "style", "iframe", "frame", "object", "embed", "form", "input", "button", "textarea",
        "meta", "base", "link", "svg", "math", "template", "noscript",
    ];

    private static readonly HashSet<string> UrlAttributes =
    [
        "href", "src", "srcset", "action", "formaction", "poster", "data", "background", "xlink:href", "cite",
    ];

    private static readonly HashSet<string> HarmlessSchemes = ["http", "https", "mailto"];

    public static void Safe(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.False(ForbiddenElements.Contains(element.LocalName), $"<{element.LocalName}> element in: {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} handler in: {html}");
                Assert.False(attribute.Name == "style", $"style attribute in: {html}");
                if (UrlAttributes.Contains(attribute.Name))
                {
                    Assert.True(IsHarmlessUrl(attribute.Value), $"{attribute.Name}=\"{attribute.Value}\" in: {html}");
                }
            }
        }
    }

    /// <summary>
    /// Browsers remove tabs and newlines, trim control characters and spaces, then take a leading
    /// letter-first run of [A-Za-z0-9+.-] followed by ':' as the scheme; no such run means a relative URL.
    /// </summary>
    private static bool IsHarmlessUrl(string value)
    {
        var url = value.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Trim(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray());
        var scheme = SchemePattern().Match(url);
        return !scheme.Success || HarmlessSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant());
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
