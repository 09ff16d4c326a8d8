namespace NewsSite.Web.Markdown;

/// <summary>
/// Replaces characters that rendered HTML could not be stored or sent with: PostgreSQL text rejects NUL, and a
/// lone UTF-16 surrogate has no UTF-8 encoding. Both become U+FFFD, as CommonMark already does for NUL.
/// </summary>
internal static class TextCleaner
{
    private const char Replacement = '\uFFFD';

    public static string ReplaceUnstorableCharacters(string text)
    {
        if (!text.Contains('\0', StringComparison.Ordinal) && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (cleaned, original) =>
        {
            original.CopyTo(cleaned);
            for (var i = 0; i < cleaned.Length; i++)
            {
                if (char.IsHighSurrogate(cleaned[i]) && i + 1 < cleaned.Length && char.IsLowSurrogate(cleaned[i + 1]))
                {
                    i++;
                }
                else if (cleaned[i] == '\0' || char.IsSurrogate(cleaned[i]))
                {
                    cleaned[i] = Replacement;
                }
            }
        });
    }
}
