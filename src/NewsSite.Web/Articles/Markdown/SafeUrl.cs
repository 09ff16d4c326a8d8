using System.Text.RegularExpressions;

namespace NewsSite.Web.Articles.Markdown;

/// <summary>
/// Decides whether a link or image address may appear in published HTML: only http, https and
/// mailto, or an address without a scheme (relative to the site). The check reads the address
/// the way a browser does, ignoring the control characters and whitespace a browser strips and
/// undoing percent-encoding, so <c>java&#9;script:</c> or <c>%6Aavascript:</c> do not slip through.
/// </summary>
public static partial class SafeUrl
{
    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        var normalised = Normalise(url);
        var scheme = SchemePattern().Match(normalised);
        return !scheme.Success || AllowedSchemes.Contains(scheme.Groups["scheme"].Value);
    }

    private static string Normalise(string url)
    {
        var decoded = url;
        // Decode repeatedly so double-encoded schemes are judged too; a few rounds reach a fixed point.
        for (var round = 0; round < 3; round++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }
            decoded = next;
        }
        return new string(decoded.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
    }

    [GeneratedRegex(@"^(?<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex SchemePattern();
}
