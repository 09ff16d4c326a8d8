using System.Text;
using NewsSite.Web.Markdown;

namespace NewsSite.Tests.Markdown;

/// <summary>
/// Broken or absurd documents must still render, quickly. Each render runs against a deadline so a regression
/// shows up as a failing test rather than a hung test run.
/// </summary>
public class MalformedMarkdownTests
{
    // Not a speed target: a guard that turns a hang into a failure. Far above the few hundred
    // milliseconds these take (with room for a busy machine), far below the minutes an unguarded render took.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> AbsurdDocuments => new()
    {
        { "unclosed fence", "```js\nvar deep = 1;\n\nStill code" },
        { "10,000 nested quotes", new string('>', 10_000) + " deep" },
        { "10,000 nested lists", Repeat("- ", 10_000) + "deep" },
        { "10,000 nested numbered lists", Repeat("1. ", 10_000) + "deep" },
        { "quotes and lists interleaved", Repeat("> - ", 5_000) + "deep" },
        { "10,000 unclosed brackets", new string('[', 10_000) + "deep" },
        { "10,000 unclosed emphasis runs", Repeat("*deep ", 10_000) },
        { "links nested inside links", Repeat("[[deep](/a)", 5_000) },
        { "1 MB of unclosed link destinations", Repeat("[deep](", 150_000) },
        { "1 MB of prose", Repeat("The council met on Tuesday to discuss the harbour; deep ", 19_000) },
        { "1 MB of asterisks", new string('*', 1_000_000) + " deep" },
    };

    [Theory]
    [MemberData(nameof(AbsurdDocuments))]
    public async Task Absurd_documents_render_in_time_and_keep_their_text(string description, string markdown)
    {
        var html = await RenderBeforeDeadline(markdown);

        Assert.True(RenderedMarkdown.Parse(html).TextContent.Contains("deep", StringComparison.Ordinal), description);
    }

    [Fact]
    public async Task Tens_of_thousands_of_empty_headings_get_unique_ids_in_time()
    {
        // Markdig's own AutoIdentifiers extension needs over a minute for this document.
        var headingCount = MarkdownRenderer.MaxMarkdownLength / 2;
        var html = await RenderBeforeDeadline(Repeat("#\n", headingCount));

        var ids = RenderedMarkdown.Parse(html).QuerySelectorAll("h1").Select(h => h.Id).ToList();
        Assert.Equal(headingCount, ids.Distinct().Count());
        Assert.Equal($"section-{headingCount - 1}", ids[^1]);
    }

    [Fact]
    public void Documents_over_the_length_limit_are_shown_as_plain_text()
    {
        var markdown = "# Not a heading\n\n" + new string('x', MarkdownRenderer.MaxMarkdownLength);

        var body = RenderedMarkdown.Body(markdown);

        Assert.Equal(["# Not a heading", new string('x', MarkdownRenderer.MaxMarkdownLength)], body.Children.Select(p => p.TextContent));
        Assert.All(body.Children, child => Assert.Equal("p", child.LocalName));
    }

    [Fact]
    public void Nul_characters_are_replaced_so_the_html_can_be_stored()
    {
        var html = RenderedMarkdown.Renderer.ToHtml("before\0after **bold\0**");

        Assert.DoesNotContain('\0', html);
        Assert.Equal("before\uFFFDafter bold\uFFFD", RenderedMarkdown.Parse(html).TextContent.Trim());
    }

    [Theory]
    [InlineData("lone high \uD800 surrogate")]
    [InlineData("lone low \uDC00 surrogate")]
    [InlineData("reversed \uDC00\uD800 pair")]
    [InlineData("[link \uD800](/a\uDC00) and ![image](/b\uD800 \"title \uDC00\")")]
    public void Invalid_surrogates_are_replaced_so_the_html_encodes_as_utf8(string markdown)
    {
        var html = RenderedMarkdown.Renderer.ToHtml(markdown);

        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.NotEmpty(strictUtf8.GetBytes(html));
        Assert.Contains('\uFFFD', html);
    }

    [Fact]
    public void Valid_surrogate_pairs_are_kept()
    {
        var html = RenderedMarkdown.Renderer.ToHtml("Flags 🇺🇦 and 📰");

        Assert.Equal("Flags 🇺🇦 and 📰", RenderedMarkdown.Parse(html).TextContent.Trim());
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static Task<string> RenderBeforeDeadline(string markdown) =>
        Task.Run(() => RenderedMarkdown.Renderer.ToHtml(markdown)).WaitAsync(Deadline);
}
