using AngleSharp.Html.Parser;
using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

/// <summary>The excerpt under a result: the article's words as text, the searched-for ones marked.</summary>
public class SearchSnippetTests
{
    [Fact]
    public void Forms_of_the_searched_word_are_marked_and_nothing_else_is_markup()
    {
        var html = SearchSnippet.Build("Two <b>ferries</b> & a tug.", "<p>The ferry &lt;script&gt; sailed <em>late</em>.</p>", ["ferri"]).Value!;
        var body = new HtmlParser().ParseDocument("<body>" + html).Body!;

        Assert.Equal(["ferries", "ferry"], body.Children.Select(e => e.TextContent));
        Assert.All(body.Children, e => Assert.Equal("MARK", e.TagName));
        Assert.Equal("Two <b>ferries</b> & a tug. … The ferry <script> sailed late .", body.TextContent);
    }

    [Fact]
    public void A_long_article_is_cut_around_the_first_match()
    {
        var body = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"word{i}")) + " harbour " + string.Join(' ', Enumerable.Range(201, 200).Select(i => $"word{i}"));

        var snippet = SearchSnippet.Build("", body, ["harbour"]).Value!;

        Assert.StartsWith("word193 ", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>harbour</mark>", snippet, StringComparison.Ordinal);
        Assert.EndsWith("word221", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_match_in_the_text_the_summary_is_shown()
    {
        Assert.Equal("Quiet day at sea.", SearchSnippet.Build("Quiet day at sea.", "<p>Nothing here.</p>", ["okafor"]).Value);
    }

    [Theory]
    [InlineData("ferry", "ferri", true)]
    [InlineData("ferries", "ferri", true)]
    [InlineData("Elections", "elect", true)]
    [InlineData("electrical", "elect", false)]
    [InlineData("fer", "ferri", false)]
    public void A_word_is_a_form_of_a_stem_when_only_its_ending_differs(string word, string lexeme, bool expected) =>
        Assert.Equal(expected, SearchSnippet.IsFormOf(word, lexeme));
}
