using System.Text;
using NewsSite.Web.Articles;

namespace NewsSite.Benchmarks.Content;

/// <summary>The words of one generated article.</summary>
public sealed record ArticleText(string Title, string Slug, string Summary, string BodyMarkdown)
{
    private const int MinimumBodyWords = 520;
    private const int BodyWordSpread = 160;

    /// <summary>
    /// A ~600-word Markdown article, the same for the same <paramref name="number"/> on every run,
    /// with what editors use: subheadings, emphasis, a link, a list and a quotation.
    /// </summary>
    public static ArticleText Generate(int number, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var title = Sentence(random, 5, 9).TrimEnd('.');
        var slug = string.Join('-', title.ToLowerInvariant().Split(' ').Take(8)) + "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var summary = Sentence(random, 18, 30);
        var body = new StringBuilder();
        var targetWords = MinimumBodyWords + random.Next(BodyWordSpread);
        for (int paragraph = 0, words = 0; words < targetWords; paragraph++)
        {
            var block = Block(random, paragraph, number);
            body.Append(block).Append("\n\n");
            words += WordCounter.Count(block);
        }
        return new ArticleText(title, slug, summary, body.ToString());
    }

    private static string Block(Random random, int paragraph, int number) => paragraph switch
    {
        3 => "## " + Sentence(random, 3, 6).TrimEnd('.'),
        5 => string.Join('\n', Enumerable.Range(0, 3).Select(_ => "- " + Sentence(random, 6, 12))),
        7 => "> " + Sentence(random, 12, 20) + " " + Sentence(random, 8, 14),
        8 => $"The full [report](https://example.org/reports/{number}) is {Paragraph(random)}",
        _ => Paragraph(random),
    };

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, 3 + random.Next(3)).Select(i => i == 1 ? Emphasised(Sentence(random, 8, 18)) : Sentence(random, 8, 18)));

    private static string Emphasised(string sentence)
    {
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? sentence : "**" + sentence[..space] + "**" + sentence[space..];
    }

    private static string Sentence(Random random, int minimumWords, int maximumWords)
    {
        var words = Enumerable.Range(0, random.Next(minimumWords, maximumWords + 1)).Select(_ => WordList.Words[random.Next(WordList.Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }
}
