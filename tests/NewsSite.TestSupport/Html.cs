using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.TestSupport;

/// <summary>Parses pages the way a browser would, so tests assert on what a reader sees, not on strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Text as a reader sees it on one line: every run of spaces and line breaks the markup adds becomes one space.</summary>
    public static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
