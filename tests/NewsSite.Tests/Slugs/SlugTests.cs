using NewsSite.Web.Slugs;

namespace NewsSite.Tests.Slugs;

public class SlugTests
{
    [Theory]
    [InlineData("Harbour Authority Approves Night Ferry", "harbour-authority-approves-night-ferry")]
    [InlineData("Café owners back the 2027 plan!", "cafe-owners-back-the-2027-plan")]
    [InlineData("  --Rates: up 0.5%?  ", "rates-up-0-5")]
    [InlineData("Zürich–Genève rail link", "zurich-geneve-rail-link")]
    [InlineData("东京", "")]
    [InlineData("", "")]
    public void Slug_is_lowercase_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Long_slug_is_cut_at_a_word_boundary_within_the_column()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("harbour", 40)));

        // 25 words and their hyphens take 199 characters; a 26th would not fit in 200.
        Assert.Equal(string.Join('-', Enumerable.Repeat("harbour", 25)), slug);
    }

    [Fact]
    public void Single_word_longer_than_the_column_is_cut_at_the_column()
    {
        Assert.Equal(Slug.MaxLength, Slug.From(new string('a', 300)).Length);
    }
}
