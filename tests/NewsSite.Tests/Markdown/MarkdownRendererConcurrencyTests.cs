namespace NewsSite.Tests.Markdown;

public class MarkdownRendererConcurrencyTests
{
    [Fact]
    public void One_renderer_gives_the_same_html_to_concurrent_callers()
    {
        const string Article = "## Results\n\n| Party | Seats |\n|:--|--:|\n| Green | 12 |\n\n![Count](/c.jpg \"Counting | Photo: AP\")\n\n[More](https://example.com)[^1]\n\n[^1]: Provisional.";
        var expected = RenderedMarkdown.Renderer.ToHtml(Article);

        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = RenderedMarkdown.Renderer.ToHtml(Article));

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
