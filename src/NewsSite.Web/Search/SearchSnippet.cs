using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsSite.Web.Search;

/// <summary>
/// The excerpt under a search result: up to two stretches of the summary and body around the words
/// searched for, with those words in <c>&lt;mark&gt;</c>. Made here rather than by PostgreSQL's
/// <c>ts_headline</c>, which parses the whole article for every result and cost more than the
/// search itself. A word counts as found when it begins with one of the query's stemmed lexemes
/// (the English stemmer only cuts endings, or turns a final y into i: "ferries" and "ferry" both
/// give "ferri"). The article's text is decoded from its HTML and encoded again, so only the
/// marks are markup.
/// </summary>
public static class SearchSnippet
{
    private const int WordsBefore = 8;
    private const int FragmentWords = 30;
    private const int LongestEnding = 4;
    private const string Gap = " … ";

    public static HtmlString Build(string summary, string bodyHtml, IReadOnlyCollection<string> lexemes)
    {
        ArgumentNullException.ThrowIfNull(lexemes);
        var segments = new[] { Segment.Of(summary ?? ""), Segment.Of(PlainText(bodyHtml ?? "")) };
        var fragments = new List<string>(2);
        foreach (var segment in segments)
        {
            foreach (var start in segment.FragmentStarts(lexemes))
            {
                if (fragments.Count < 2)
                {
                    fragments.Add(segment.ToHtml(start, lexemes));
                }
            }
        }
        if (fragments.Count == 0)
        {
            fragments.Add(segments.First(s => s.Words.Count > 0 || s == segments[^1]).ToHtml(0, lexemes));
        }
        return new HtmlString(string.Join(Gap, fragments));
    }

    /// <summary>Whether <paramref name="word"/> is a form of <paramref name="lexeme"/>.</summary>
    public static bool IsFormOf(string word, string lexeme)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(lexeme);
        if (lexeme.Length == 0 || word.Length - lexeme.Length > LongestEnding)
        {
            return false;
        }
        if (word.StartsWith(lexeme, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return lexeme[^1] == 'i' && word.Length >= lexeme.Length
            && word.AsSpan(0, lexeme.Length - 1).Equals(lexeme.AsSpan(0, lexeme.Length - 1), StringComparison.OrdinalIgnoreCase)
            && char.ToLowerInvariant(word[lexeme.Length - 1]) == 'y';
    }

    /// <summary>The text of an HTML fragment: tags dropped (as a space, since they often separate words), entities decoded.</summary>
    private static string PlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                text.Append(' ');
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }
        return WebUtility.HtmlDecode(text.ToString());
    }

    /// <summary>A text cut into words (runs of letters and digits) with what lies between them.</summary>
    private sealed record Segment(string Text, List<(int Start, int Length)> Words)
    {
        public static Segment Of(string text)
        {
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var words = new List<(int, int)>();
            for (var i = 0; i < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                words.Add((start, i - start));
            }
            return new Segment(text, words);
        }

        private bool Matches(int index, IReadOnlyCollection<string> lexemes)
        {
            var word = Text.Substring(Words[index].Start, Words[index].Length);
            return lexemes.Any(l => IsFormOf(word, l));
        }

        /// <summary>Where fragments start: a few words before each match that is not already inside the previous fragment.</summary>
        public IEnumerable<int> FragmentStarts(IReadOnlyCollection<string> lexemes)
        {
            var coveredUntil = -1;
            for (var i = 0; i < Words.Count; i++)
            {
                if (i > coveredUntil && Matches(i, lexemes))
                {
                    var start = Math.Max(0, i - WordsBefore);
                    coveredUntil = start + FragmentWords - 1;
                    yield return start;
                }
            }
        }

        public string ToHtml(int firstWord, IReadOnlyCollection<string> lexemes)
        {
            var html = new StringBuilder();
            var last = Math.Min(Words.Count, firstWord + FragmentWords) - 1;
            var from = firstWord == 0 ? 0 : Words[firstWord].Start;
            for (var i = firstWord; i <= last; i++)
            {
                var (start, length) = Words[i];
                html.Append(HtmlEncoder.Default.Encode(Text[from..start]));
                var word = HtmlEncoder.Default.Encode(Text.Substring(start, length));
                html.Append(Matches(i, lexemes) ? $"<mark>{word}</mark>" : word);
                from = start + length;
            }
            var end = last + 1 < Words.Count ? Words[last + 1].Start : Text.Length;
            html.Append(HtmlEncoder.Default.Encode(Text[from..end].TrimEnd()));
            return html.ToString();
        }
    }
}
