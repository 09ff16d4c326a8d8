using AngleSharp.Dom;
using NewsSite.TestSupport;
using NewsSite.Web.Articles.Markdown;

namespace NewsSite.Tests.Markdown;

public class MarkdownSafetyTests
{
    private static readonly string[] ForbiddenElements =
        ["script", "style", "iframe", "object", "embed", "form", "input", "meta", "base", "svg", "math", "link", "details"];

    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [MemberData(nameof(HostileMarkdownCorpus.Inputs), MemberType = typeof(HostileMarkdownCorpus))]
    public void Hostile_input_renders_without_script_event_handlers_styles_or_unsafe_urls(string markdown)
    {
        var document = Html.Parse(_renderer.ToHtml(markdown));
        var elements = document.Body!.QuerySelectorAll("*").ToList();

        Assert.DoesNotContain(elements, e => ForbiddenElements.Contains(e.LocalName));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(elements, e => e.HasAttribute("style"));
        Assert.All(UrlsIn(elements), url => Assert.True(IsSafeForBrowser(url), $"unsafe URL survived: {url}"));
    }

    [Fact]
    public void Raw_html_is_shown_to_readers_as_text()
    {
        var document = Html.Parse(_renderer.ToHtml("Say <b>hi</b> & <script>alert(1)</script>"));

        Assert.Null(document.QuerySelector("b"));
        Assert.Equal("Say <b>hi</b> & <script>alert(1)</script>", document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Unsafe_link_keeps_its_words_and_loses_its_anchor()
    {
        var document = Html.Parse(_renderer.ToHtml("Read [the *full* report](javascript:alert(1)) today."));

        Assert.Null(document.QuerySelector("a"));
        Assert.Equal("Read the full report today.", document.QuerySelector("p")!.TextContent);
        Assert.NotNull(document.QuerySelector("p em"));
    }

    [Fact]
    public void Unsafe_image_is_replaced_by_its_alt_text()
    {
        var document = Html.Parse(_renderer.ToHtml("![A harbour at dawn](data:image/png;base64,AAAA)"));

        Assert.Null(document.QuerySelector("img"));
        Assert.Equal("A harbour at dawn", document.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("[")]
    public void Absurdly_deep_nesting_is_refused_with_a_clear_message(string opener)
    {
        var markdown = string.Concat(Enumerable.Repeat(opener, 10_000)) + "x";

        var error = Assert.Throws<MarkdownTooComplexException>(() => _renderer.ToHtml(markdown));

        Assert.Contains("nests", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_and_binary_input_renders_without_throwing()
    {
        var markdown = "```unclosed fence\n\0 NUL \uD800 lone surrogate [unclosed](link **bold\n| broken | table\n|--";

        var html = _renderer.ToHtml(markdown);

        Assert.Contains("unclosed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", html, StringComparison.Ordinal);
    }

    private static IEnumerable<string> UrlsIn(IEnumerable<IElement> elements) =>
        elements.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>();

    /// <summary>What a browser would treat as the scheme: control characters and whitespace dropped, case ignored.</summary>
    private static bool IsSafeForBrowser(string url)
    {
        var compact = new string(Uri.UnescapeDataString(url).Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || compact.StartsWith("http:", StringComparison.Ordinal) || compact.StartsWith("https:", StringComparison.Ordinal)
            || compact.StartsWith("mailto:", StringComparison.Ordinal);
    }
}
