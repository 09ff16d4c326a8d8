using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

/// <summary>What readers type becomes a <c>to_tsquery</c> whose structure only the parser decides.</summary>
public class SearchTermsTests
{
    [Theory]
    [InlineData("night ferry", "(night) & (ferry)")]
    [InlineData("\"night ferry\" -trial", "(night <-> ferry) & !(trial)")]
    [InlineData("ferry or bridge", "(ferry) | (bridge)")]
    [InlineData("harbor", "((harbor | harbour))")]
    [InlineData("organise", "((organise | organize))")]
    [InlineData("a:* & b | !c <-> d", "(a) & (b) & (c) & (d)")]
    [InlineData("'); DROP TABLE articles; --", "(DROP) & (TABLE) & (articles)")]
    [InlineData("\"unclosed phrase", "(unclosed <-> phrase)")]
    public void Query_becomes_tsquery_text_of_plain_words_and_operators(string typed, string expected) =>
        Assert.Equal(expected, SearchTerms.Parse(typed).ToTsQuery(lastWordIsPrefix: false));

    [Theory]
    [InlineData("ferr", "((ferr | ferr:*))")]
    [InlineData("night ferr", "(night) & ((ferr | ferr:*))")]
    [InlineData("harbo", "((harbo | harbo:*))")]
    public void The_last_word_can_also_be_the_start_of_a_longer_word(string typed, string expected) =>
        Assert.Equal(expected, SearchTerms.Parse(typed).ToTsQuery(lastWordIsPrefix: true));

    [Theory]
    [InlineData("\"night ferr\"")]
    [InlineData("ferry -tr")]
    [InlineData("fe")]
    public void Phrases_exclusions_and_very_short_words_are_never_prefixes(string typed) =>
        Assert.Null(SearchTerms.Parse(typed).PrefixCandidate);

    [Fact]
    public void Only_exclusions_or_nothing_searchable_is_told_apart()
    {
        Assert.True(SearchTerms.Parse("-- \"\" !!").IsEmpty);
        Assert.Equal(["ferry", "night"], SearchTerms.Parse("ferry -trial \"night\"").PositiveWords);
    }

    [Theory]
    [InlineData("harbor", "harbour")]
    [InlineData("Harbour", "harbor")]
    [InlineData("organize", "organise")]
    [InlineData("analysed", "analyzed")]
    [InlineData("ferry", null)]
    [InlineData("size", null)]
    [InlineData("check", null)]
    public void British_and_American_spellings_find_each_other(string word, string? other) =>
        Assert.Equal(other, SpellingVariants.Of(word));
}
