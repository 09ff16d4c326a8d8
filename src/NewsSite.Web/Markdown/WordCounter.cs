namespace NewsSite.Web.Markdown;

/// <summary>Counts the words a reader reads: tokens with at least one letter or digit, so Markdown symbols do not count.</summary>
public static class WordCounter
{
    /// <summary>A comfortable pace for news prose on a screen.</summary>
    public const int WordsPerMinute = 230;

    public static int Count(string text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    public static int ReadingMinutes(int words) => Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
}
