using System.Text;

namespace NewsSite.Web.Search;

/// <summary>What a reader typed, made safe to echo back and to send to PostgreSQL.</summary>
public static class SearchQuery
{
    /// <summary>Longer queries add nothing a reader meant and only cost the database time.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Collapses whitespace and drops control characters (PostgreSQL text cannot hold NUL) and
    /// broken surrogates (which cannot be encoded); then cuts at <see cref="MaxLength"/> characters,
    /// at a word break where there is one, since a half word would match nothing.
    /// </summary>
    public static string Clean(string? raw)
    {
        var words = new StringBuilder();
        foreach (var rune in (raw ?? "").EnumerateRunes())
        {
            var separates = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune == Rune.ReplacementChar;
            if (!separates)
            {
                words.Append(rune.ToString());
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
            if (words.Length > MaxLength)
            {
                break;
            }
        }
        var cleaned = words.ToString();
        return (cleaned.Length <= MaxLength ? cleaned : CutAtWordBreak(cleaned)).TrimEnd();
    }

    private static string CutAtWordBreak(string text)
    {
        var cut = text[..MaxLength];
        if (text[MaxLength] != ' ' && cut.LastIndexOf(' ') is var lastSpace and > 0)
        {
            return cut[..lastSpace];
        }
        return char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut;
    }
}
