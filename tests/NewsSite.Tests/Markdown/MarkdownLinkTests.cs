namespace NewsSite.Tests.Markdown;

public class MarkdownLinkTests
{
    [Theory]
    [InlineData("[story](https://example.com/story)", "https://example.com/story")]
    [InlineData("[story](http://example.com/story)", "http://example.com/story")]
    [InlineData("[about](/about)", "/about")]
    [InlineData("[top](#why-it-matters)", "#why-it-matters")]
    [InlineData("[sibling](./next)", "./next")]
    [InlineData("[parent](../archive)", "../archive")]
    [InlineData("[page](?page=2)", "?page=2")]
    [InlineData("[bare](archive/2024)", "archive/2024")]
    [InlineData("[desk](mailto:desk@example.com)", "mailto:desk@example.com")]
    [InlineData("[ref]\n\n[ref]: https://example.com/ref", "https://example.com/ref")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    [InlineData("<desk@example.com>", "mailto:desk@example.com")]
    [InlineData("www.example.com", "https://www.example.com")]
    public void Safe_links_keep_their_target(string markdown, string href)
    {
        Assert.Equal(href, RenderedMarkdown.Body(markdown).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void External_links_do_not_pass_on_the_referrer_and_site_links_carry_no_rel()
    {
        var body = RenderedMarkdown.Body("[away](https://example.com) <https://example.org> [home](/)");

        var links = body.QuerySelectorAll("a");
        Assert.Equal(["noopener noreferrer", "noopener noreferrer", null], links.Select(a => a.GetAttribute("rel")));
    }

    [Fact]
    public void Link_title_is_kept_as_text()
    {
        var link = RenderedMarkdown.Body("[x](/a \"Say \\\"hi\\\" <now>\")").QuerySelector("a")!;

        Assert.Equal("Say \"hi\" <now>", link.GetAttribute("title"));
    }

    [Fact]
    public void Unsafe_link_keeps_its_text_without_the_link()
    {
        var body = RenderedMarkdown.Body("Read [the *full* story](javascript:alert(1)) here.");

        Assert.Null(body.QuerySelector("a"));
        Assert.Equal("Read the full story here.", body.QuerySelector("p")!.TextContent);
        Assert.Equal("full", body.QuerySelector("em")!.TextContent);
    }

    [Fact]
    public void Unsafe_image_leaves_only_its_alt_text()
    {
        var body = RenderedMarkdown.Body("![A harbour at dawn](data:image/svg+xml;base64,PHN2Zz4=)");

        Assert.Null(body.QuerySelector("img"));
        Assert.Equal("A harbour at dawn", body.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Unsafe_autolink_stays_visible_as_text()
    {
        var body = RenderedMarkdown.Body("<javascript:alert(1)>");

        Assert.Null(body.QuerySelector("a"));
        Assert.Equal("javascript:alert(1)", body.QuerySelector("p")!.TextContent);
    }
}
