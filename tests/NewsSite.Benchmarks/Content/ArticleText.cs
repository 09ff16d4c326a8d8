using System.Globalization;
using System.Text;
using NewsSite.Web.Markdown;

namespace NewsSite.Benchmarks.Content;

/// <summary>The words of one generated article, as Markdown and as the HTML the site stores beside it.</summary>
public sealed record ArticleText(string Title, string Slug, string Summary, string BodyMarkdown, string BodyHtml, int WordCount)
{
    private const int MinimumBodyWords = 520;
    private const int BodyWordSpread = 160;

    /// <summary>One token in this many is a function word, dropped by search as a stop word.</summary>
    private const double FunctionWordShare = 0.45;

    /// <summary>And this share a surname, the proper names that fill real news.</summary>
    private const double NameShare = 0.01;

    /// <summary>
    /// A ~600-word article, the same for the same <paramref name="number"/> and seed on every run, with
    /// what editors use: subheadings, emphasis, a link, a list and a quotation. The HTML is written
    /// here rather than rendered, because rendering and sanitising a million articles would take most
    /// of an hour; <see cref="BenchmarkContent"/> checks that it is what the site's renderer makes.
    /// </summary>
    public static ArticleText Generate(Vocabulary vocabulary, int number, Random random)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var title = Sentence(vocabulary, random, 5, 9, titleCase: true).TrimEnd('.');
        var slug = SlugOf(title, number);
        var summary = Sentence(vocabulary, random, 18, 30);
        var body = new BodyBuilder();
        var targetWords = MinimumBodyWords + random.Next(BodyWordSpread);
        for (var block = 0; body.Words < targetWords; block++)
        {
            AddBlock(body, vocabulary, random, block, number);
        }
        return new ArticleText(title, slug, summary, body.Markdown.ToString(), body.Html.ToString(), WordCounter.Count(body.Markdown.ToString()));
    }

    private static void AddBlock(BodyBuilder body, Vocabulary vocabulary, Random random, int block, int number)
    {
        switch (block)
        {
            case 3:
                var heading = Sentence(vocabulary, random, 3, 6).TrimEnd('.');
                body.Add($"## {heading}", $"<h2 id=\"{HeadingId(heading)}\">{heading}</h2>", heading);
                break;
            case 5:
                var items = Enumerable.Range(0, 3).Select(_ => Sentence(vocabulary, random, 6, 12)).ToArray();
                body.Add(string.Join('\n', items.Select(i => "- " + i)), "<ul>\n" + string.Concat(items.Select(i => $"<li>{i}</li>\n")) + "</ul>", string.Join(' ', items));
                break;
            case 7:
                var quote = Sentence(vocabulary, random, 12, 20) + " " + Sentence(vocabulary, random, 8, 14);
                body.Add("> " + quote, $"<blockquote>\n<p>{quote}</p>\n</blockquote>", quote);
                break;
            case 8:
                var (markdown, html) = Paragraph(vocabulary, random);
                var url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/reports/{number}");
                body.Add($"The full [report]({url}) is {markdown}", $"<p>The full <a href=\"{url}\" rel=\"noopener noreferrer\">report</a> is {html}</p>", markdown);
                break;
            default:
                var (text, rendered) = Paragraph(vocabulary, random);
                body.Add(text, $"<p>{rendered}</p>", text);
                break;
        }
    }

    /// <summary>Three to five sentences, the second with its first word in bold.</summary>
    private static (string Markdown, string Html) Paragraph(Vocabulary vocabulary, Random random)
    {
        var sentences = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(vocabulary, random, 8, 18)).ToArray();
        var space = sentences[1].IndexOf(' ', StringComparison.Ordinal);
        var (first, rest) = (sentences[1][..space], sentences[1][space..]);
        var markdown = sentences.ToArray();
        var html = sentences.ToArray();
        markdown[1] = $"**{first}**{rest}";
        html[1] = $"<strong>{first}</strong>{rest}";
        return (string.Join(' ', markdown), string.Join(' ', html));
    }

    private static string Sentence(Vocabulary vocabulary, Random random, int minimumWords, int maximumWords, bool titleCase = false)
    {
        var words = new string[random.Next(minimumWords, maximumWords + 1)];
        for (var i = 0; i < words.Length; i++)
        {
            var draw = random.NextDouble();
            words[i] = titleCase && i > 0 && draw < FunctionWordShare / 2 ? Vocabulary.FunctionWord(random)
                : !titleCase && draw < FunctionWordShare ? Vocabulary.FunctionWord(random)
                : draw > 1 - NameShare ? Vocabulary.Name(random)
                : vocabulary.ContentWord(random);
        }
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static string SlugOf(string title, int number) =>
        string.Join('-', title.ToLowerInvariant().Split(' ').Take(8)) + "-" + number.ToString(CultureInfo.InvariantCulture);

    private static string HeadingId(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    /// <summary>The Markdown and HTML of a body, block by block, and its word count so far.</summary>
    private sealed class BodyBuilder
    {
        public StringBuilder Markdown { get; } = new(5000);

        public StringBuilder Html { get; } = new(5500);

        public int Words { get; private set; }

        public void Add(string markdown, string html, string words)
        {
            Markdown.Append(markdown).Append("\n\n");
            Html.Append(html).Append('\n');
            Words += words.Count(c => c == ' ') + 1;
        }
    }
}
