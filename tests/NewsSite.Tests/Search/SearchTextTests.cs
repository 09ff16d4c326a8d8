using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  night \t\n ferry  ", "night ferry")]
    [InlineData("fer\0ry\u0001", "fer ry")]
    [InlineData("lone \uD800 surrogate", "lone surrogate")]
    [InlineData("\"night ferry\" -trial", "\"night ferry\" -trial")]
    public void Query_is_cleaned_of_what_cannot_be_searched(string? raw, string expected) =>
        Assert.Equal(expected, SearchQuery.Clean(raw));

    [Fact]
    public void Long_query_is_cut_at_a_word_break()
    {
        var cleaned = SearchQuery.Clean(string.Concat(Enumerable.Repeat("harbour ", 1000)));

        Assert.True(cleaned.Length <= SearchQuery.MaxLength);
        Assert.All(cleaned.Split(' '), word => Assert.Equal("harbour", word));
    }

    [Fact]
    public void Long_query_without_spaces_never_splits_a_character()
    {
        var cleaned = SearchQuery.Clean("a" + string.Concat(Enumerable.Repeat("🚢", 200)));

        Assert.Equal(SearchQuery.MaxLength - 1, cleaned.Length);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }

    [Theory]
    [InlineData("the \u0002ferry\u0003 &amp; &lt;b&gt; &amp;lt;", "the <mark>ferry</mark> &amp; &lt;b&gt; &amp;lt;")]
    [InlineData("\u0003stray close and \u0002open", "stray close and <mark>open</mark>")]
    [InlineData("\u0002a\u0002b\u0003\u0003", "<mark>ab</mark>")]
    [InlineData(" dropped  \n tags \u0002leave\u0003   gaps ", "dropped tags <mark>leave</mark> gaps")]
    public void Snippet_is_encoded_and_its_marks_always_balance(string headline, string expected) =>
        Assert.Equal(expected, SearchSnippet.ToHtml(headline).Value);
}
