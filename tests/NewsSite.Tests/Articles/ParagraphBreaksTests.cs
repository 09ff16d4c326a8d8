using NewsSite.Web.Articles;

namespace NewsSite.Tests.Articles;

public class ParagraphBreaksTests
{
    [Fact]
    public void Breaks_fall_between_top_level_paragraphs_only()
    {
        const string html = "<p>1</p>\n<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n<p>2</p>\n<p>3</p>\n<p>4</p>\n";

        var segments = ParagraphBreaks.SplitEvery(html, 2);

        Assert.Equal(["<p>1</p>\n<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n<p>2</p>", "\n<p>3</p>\n<p>4</p>\n"], segments);
    }

    [Fact]
    public void A_paragraph_that_introduces_a_table_or_list_keeps_it()
    {
        const string html = "<p>1</p><p>Timetable:</p><table><tr><td>x</td></tr></table><p>3</p><p>4</p>";

        var segments = ParagraphBreaks.SplitEvery(html, 2);

        Assert.Equal(["<p>1</p><p>Timetable:</p><table><tr><td>x</td></tr></table><p>3</p>", "<p>4</p>"], segments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void No_break_when_slots_are_off_or_the_article_is_short(int every)
    {
        const string html = "<p>1</p><p>2</p><img src=\"/a.jpg\" alt=\"\"><p>3</p>";

        Assert.Equal([html], ParagraphBreaks.SplitEvery(html, every));
    }
}
