using System.Globalization;
using System.Net;

namespace NewsSite.Web.Markdown;

internal enum UrlKind
{
    /// <summary>No scheme: resolved against the page, so it stays on NewsSite.</summary>
    Relative,

    /// <summary>Absolute http or https.</summary>
    Web,

    /// <summary>A mailto: address.</summary>
    Email,

    /// <summary>Any other scheme (javascript:, data:, vbscript:, file:, ...) or an encoding too tangled to judge.</summary>
    Unsafe,
}

/// <summary>
/// Decides which URLs may appear in rendered Markdown. It judges the URL the way a browser would read it,
/// and errs on the side of refusing: a link NewsSite cannot classify confidently is dropped.
/// </summary>
internal static class UrlPolicy
{
    // Real links are encoded at most once or twice; anything still changing after this is an obfuscation attempt.
    private const int MaxDecodingRounds = 4;

    public static UrlKind Classify(string url)
    {
        var decoded = DecodeFully(url);
        if (decoded is null)
        {
            return UrlKind.Unsafe;
        }

        var compact = RemoveInvisibleCharacters(decoded);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var pathStart = compact.AsSpan().IndexOfAny('/', '?', '#');
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return UrlKind.Relative;
        }

        // Anything before the first colon counts as a scheme, even text a browser would not accept as one:
        // refusing "ｊａｖａ:" or "Category:News" costs little, guessing wrong about a browser costs a lot.
        return compact[..colon].ToLowerInvariant() switch
        {
            "http" or "https" => UrlKind.Web,
            "mailto" => UrlKind.Email,
            _ => UrlKind.Unsafe,
        };
    }

    /// <summary>Undoes HTML entities and percent-encoding until the text stops changing.</summary>
    private static string? DecodeFully(string url)
    {
        var current = url;
        for (var round = 0; round < MaxDecodingRounds; round++)
        {
            var next = Uri.UnescapeDataString(WebUtility.HtmlDecode(current));
            if (next == current)
            {
                return current;
            }

            current = next;
        }

        return null;
    }

    /// <summary>
    /// Browsers drop tabs and newlines anywhere in a URL and trim control characters and spaces around it,
    /// so "java\tscript:" still runs script. Removing every invisible character covers that and more.
    /// </summary>
    private static string RemoveInvisibleCharacters(string url) =>
        string.Concat(url.Where(c => !IsInvisible(c)));

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
