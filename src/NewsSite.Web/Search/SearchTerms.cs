using System.Text;

namespace NewsSite.Web.Search;

/// <summary>
/// What a reader typed, read the way search engines read it: words that must all be there,
/// <c>"quoted phrases"</c>, <c>-word</c> to leave articles out, and <c>or</c> between two
/// alternatives. Turned into PostgreSQL <c>to_tsquery</c> text in which every operand is letters
/// and digits only, so nothing the reader types can change the query's structure.
/// </summary>
public sealed class SearchTerms
{
    private readonly List<Clause> _clauses;

    private SearchTerms(List<Clause> clauses) => _clauses = clauses;

    /// <summary>The words of the clauses that articles must (or may) contain, not the excluded ones, for snippets and author names.</summary>
    public IReadOnlyList<string> PositiveWords => _clauses.Where(c => !c.Excluded).SelectMany(c => c.Words).ToList();

    /// <summary>The last word when it stands alone and may be a word still being typed ("ferr" for ferry).</summary>
    public string? PrefixCandidate => _clauses.Count > 0 && _clauses[^1] is { Excluded: false, Quoted: false, Words: [var word] } && word.Length >= 3 ? word : null;

    public bool IsEmpty => _clauses.Count == 0;

    /// <summary>Whether every positive word must be in a match: no <c>or</c> between clauses.</summary>
    public bool AllRequired => !_clauses.Exists(c => c.OrWithPrevious);

    /// <summary>Whether some words leave articles out (<c>-word</c>).</summary>
    public bool HasExclusions => _clauses.Exists(c => c.Excluded);

    public static SearchTerms Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<Clause>();
        var orNext = false;
        for (var i = 0; i < query.Length;)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }
            var excluded = query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]);
            if (excluded)
            {
                i++;
            }
            string text;
            var quoted = query[i] == '"';
            if (quoted)
            {
                var close = query.IndexOf('"', i + 1);
                text = close < 0 ? query[(i + 1)..] : query[(i + 1)..close];
                i = close < 0 ? query.Length : close + 1;
            }
            else
            {
                var end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]))
                {
                    end++;
                }
                text = query[i..end];
                i = end;
            }
            if (!quoted && !excluded && text.Equals("or", StringComparison.OrdinalIgnoreCase) && clauses.Count > 0)
            {
                orNext = true;
                continue;
            }
            var words = Words(text);
            if (words.Count > 0)
            {
                clauses.Add(new Clause(words, quoted, excluded, orNext && !excluded));
            }
            orNext = false;
        }
        return new SearchTerms(clauses);
    }

    /// <summary>
    /// <c>to_tsquery</c> text: each word or its other spelling, phrases as <c>&lt;-&gt;</c>, the last
    /// word also as a prefix when <paramref name="lastWordIsPrefix"/>. Excluded clauses only narrow,
    /// so a query of nothing but exclusions finds nothing rather than everything.
    /// </summary>
    public string ToTsQuery(bool lastWordIsPrefix)
    {
        var text = new StringBuilder();
        for (var i = 0; i < _clauses.Count; i++)
        {
            var clause = _clauses[i];
            if (i > 0)
            {
                text.Append(clause.OrWithPrevious ? " | " : " & ");
            }
            text.Append(clause.Excluded ? "!(" : "(");
            var prefix = lastWordIsPrefix && i == _clauses.Count - 1 && PrefixCandidate is not null;
            text.AppendJoin(" <-> ", clause.Words.Select(w => Alternatives(w, prefix)));
            text.Append(')');
        }
        return text.ToString();
    }

    private static string Alternatives(string word, bool prefix)
    {
        var other = SpellingVariants.Of(word);
        var forms = other is null ? word : $"{word} | {other}";
        return prefix ? $"({forms} | {word}:*)" : other is null ? word : $"({forms})";
    }

    /// <summary>Runs of letters and digits: everything else separates words, as PostgreSQL's parser mostly does.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private sealed record Clause(IReadOnlyList<string> Words, bool Quoted, bool Excluded, bool OrWithPrevious);
}
