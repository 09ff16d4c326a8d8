namespace NewsSite.Tests.Markdown;

public class HostileMarkdownTests
{
    private static readonly string[] TextOnlyContainers = ["p", "blockquote", "table", "thead", "tbody", "tr", "th", "td"];

    [Theory]
    [MemberData(nameof(HostileMarkdownCorpus.RawHtml), MemberType = typeof(HostileMarkdownCorpus))]
    [MemberData(nameof(HostileMarkdownCorpus.HostileUrls), MemberType = typeof(HostileMarkdownCorpus))]
    [MemberData(nameof(HostileMarkdownCorpus.AttributeBreakouts), MemberType = typeof(HostileMarkdownCorpus))]
    public void Rendered_html_cannot_run_script(string markdown)
    {
        HtmlSafetyAssert.Safe(RenderedMarkdown.Renderer.ToHtml(markdown));
    }

    [Theory]
    [MemberData(nameof(HostileMarkdownCorpus.HostileUrls), MemberType = typeof(HostileMarkdownCorpus))]
    public void Hostile_urls_leave_no_link_or_image_behind(string markdown)
    {
        var body = RenderedMarkdown.Body(markdown);

        // The footnote reference and its back link are the only links these inputs may produce.
        Assert.Empty(body.QuerySelectorAll("a:not(.footnote-ref):not(.footnote-back-ref)"));
        Assert.Empty(body.QuerySelectorAll("img"));
    }

    [Theory]
    [MemberData(nameof(HostileMarkdownCorpus.RawHtml), MemberType = typeof(HostileMarkdownCorpus))]
    public void Raw_html_is_shown_as_text(string markdown)
    {
        var body = RenderedMarkdown.Body(markdown);

        // Every tag the editor typed is still visible to the reader as text, and none became an element.
        Assert.Contains("<", body.TextContent, StringComparison.Ordinal);
        Assert.All(body.QuerySelectorAll("*"), element => Assert.Contains(element.LocalName, TextOnlyContainers));
    }
}
