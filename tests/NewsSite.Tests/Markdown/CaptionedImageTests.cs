namespace NewsSite.Tests.Markdown;

public class CaptionedImageTests
{
    [Fact]
    public void Titled_image_on_its_own_becomes_a_figure_with_caption_and_credit()
    {
        var body = RenderedMarkdown.Body(
            "![Boats at the quay](/demo/images/harbour.jpg \"Fishing boats wait for the tide | Photo: Ana Ruiz\")");

        var figure = Assert.Single(body.Children);
        Assert.Equal("figure", figure.LocalName);
        Assert.Equal("figure", figure.ClassName);
        Assert.Equal(["img", "figcaption"], figure.Children.Select(child => child.LocalName));

        var image = figure.Children[0];
        Assert.Equal("/demo/images/harbour.jpg", image.GetAttribute("src"));
        Assert.Equal("Boats at the quay", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.False(image.HasAttribute("title"));

        var caption = figure.Children[1];
        Assert.Equal("Fishing boats wait for the tide ", caption.FirstChild!.TextContent);
        Assert.Equal("Photo: Ana Ruiz", caption.QuerySelector("span.credit")!.TextContent);
    }

    [Fact]
    public void Caption_without_credit_has_no_credit_span()
    {
        var body = RenderedMarkdown.Body("![Quay](/q.jpg \"Low tide\")");

        var caption = body.QuerySelector("figure > figcaption")!;
        Assert.Equal("Low tide", caption.TextContent);
        Assert.Empty(caption.Children);
    }

    [Fact]
    public void Caption_and_credit_are_text_even_when_they_look_like_html()
    {
        var body = RenderedMarkdown.Body("![Quay](/q.jpg \"Rates <b>up</b> & rising | <i>Reuters</i> & AP\")");

        var caption = body.QuerySelector("figcaption")!;
        Assert.Equal("Rates <b>up</b> & rising ", caption.FirstChild!.TextContent);
        var credit = Assert.Single(caption.Children);
        Assert.Equal("<i>Reuters</i> & AP", credit.TextContent);
        Assert.Empty(credit.Children);
    }

    [Fact]
    public void Untitled_image_stays_inline_and_loads_lazily()
    {
        var body = RenderedMarkdown.Body("![Map](/map.png)");

        var image = body.QuerySelector("p > img")!;
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Null(body.QuerySelector("figure"));
    }

    [Fact]
    public void Titled_image_inside_a_sentence_is_not_a_figure()
    {
        var body = RenderedMarkdown.Body("See ![map](/map.png \"The route\") above.");

        Assert.Null(body.QuerySelector("figure"));
        Assert.Equal("The route", body.QuerySelector("p > img")!.GetAttribute("title"));
    }

    [Fact]
    public void Fenced_figure_syntax_renders_a_figure_with_its_caption()
    {
        var body = RenderedMarkdown.Body("^^^\n![Crowd](/crowd.jpg)\n^^^ Thousands *marched* on Sunday");

        var figure = body.QuerySelector("figure.figure")!;
        Assert.Equal("/crowd.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Thousands marched on Sunday", figure.QuerySelector("figcaption")!.TextContent);
    }
}
