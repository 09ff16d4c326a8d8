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
}
