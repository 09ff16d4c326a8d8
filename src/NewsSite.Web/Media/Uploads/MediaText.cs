using NewsSite.Web.Markdown;

namespace NewsSite.Web.Media.Uploads;

/// <summary>Alt text, caption and credit as stored: trimmed, storable, and within their column's length.</summary>
internal static class MediaText
{
    public static string Clean(string? text, int maxLength)
    {
        var cleaned = TextCleaner.ReplaceUnstorableCharacters((text ?? "").Trim());
        if (cleaned.Length <= maxLength)
        {
            return cleaned;
        }
        // Never cut between the two halves of a character outside the Basic Multilingual Plane (an emoji, say).
        var length = char.IsLowSurrogate(cleaned[maxLength]) ? maxLength - 1 : maxLength;
        return cleaned[..length].TrimEnd();
    }
}
