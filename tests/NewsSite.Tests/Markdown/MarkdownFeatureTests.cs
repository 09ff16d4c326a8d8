using NewsSite.TestSupport;
using NewsSite.Web.Articles.Markdown;

namespace NewsSite.Tests.Markdown;

/// <summary>What editors rely on the pipeline for.</summary>
public class MarkdownFeatureTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Headings_get_readable_ids_for_linking()
    {
        var document = Html.Parse(_renderer.ToHtml("## Why it matters\n\n### What comes next?"));

        Assert.Equal("why-it-matters", document.QuerySelector("h2")!.Id);
        Assert.Equal("what-comes-next", document.QuerySelector("h3")!.Id);
    }

    [Fact]
    public void Standalone_titled_image_becomes_a_figure_with_caption_and_credit()
    {
        var document = Html.Parse(_renderer.ToHtml(
            "![Boats at the quay](/demo/images/harbour-dawn.jpg \"Boats wait for the <tide> | Photo: Ana Ruiz\")"));

        var figure = document.QuerySelector("figure")!;
        var image = figure.QuerySelector("img")!;
        Assert.Equal("/demo/images/harbour-dawn.jpg", image.GetAttribute("src"));
        Assert.Equal("Boats at the quay", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("Boats wait for the <tide> Photo: Ana Ruiz", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Photo: Ana Ruiz", figure.QuerySelector("figcaption .credit")!.TextContent);
        Assert.Null(document.QuerySelector("p"));
    }

    [Fact]
    public void Image_inside_a_sentence_stays_inline()
    {
        var document = Html.Parse(_renderer.ToHtml("See ![a map](/map.png \"Map\") here."));

        Assert.Null(document.QuerySelector("figure"));
        Assert.NotNull(document.QuerySelector("p img"));
    }

    [Fact]
    public void Lists_quotes_tables_code_and_emphasis_render_as_html()
    {
        var markdown = "- one\n- two\n\n1. first\n\n> Quoted words\n\n| Team | Points |\n|---|---:|\n| Alder | 12 |\n\n" +
                       "```csharp\nvar x = 1;\n```\n\n*em* **strong** ~~gone~~";

        var document = Html.Parse(_renderer.ToHtml(markdown));

        Assert.Equal(2, document.QuerySelectorAll("ul li").Length);
        Assert.NotNull(document.QuerySelector("ol li"));
        Assert.Equal("Quoted words", document.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Equal("12", document.QuerySelector("table tbody td:last-child")!.TextContent);
        Assert.Equal("language-csharp", document.QuerySelector("pre code")!.ClassName);
        Assert.NotNull(document.QuerySelector("em"));
        Assert.NotNull(document.QuerySelector("strong"));
        Assert.NotNull(document.QuerySelector("del"));
    }

    [Theory]
    [InlineData("[site](https://example.org/a?b=1)", "https://example.org/a?b=1")]
    [InlineData("[mail](mailto:desk@example.org)", "mailto:desk@example.org")]
    [InlineData("[section](/local)", "/local")]
    [InlineData("[anchor](#why-it-matters)", "#why-it-matters")]
    [InlineData("<https://example.org>", "https://example.org")]
    public void Safe_links_keep_their_address(string markdown, string href)
    {
        var document = Html.Parse(_renderer.ToHtml(markdown));

        Assert.Equal(href, document.QuerySelector("a")!.GetAttribute("href"));
    }
}
