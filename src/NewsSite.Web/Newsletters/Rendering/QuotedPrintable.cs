using System.Text;
using MimeKit;
using MimeKit.Encodings;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// Quoted-printable encoding of UTF-8 text in independent pieces. Each piece that does not end a
/// line ends with a soft line break, so pieces encoded apart and joined decode to the joined text.
/// </summary>
public static class QuotedPrintable
{
    private const int MaxLineLength = 76;

    /// <summary>The encoded text, its lines ending as <paramref name="newLine"/> says (CRLF on the wire).</summary>
    public static byte[] Encode(string text, NewLineFormat newLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = Encoding.UTF8.GetBytes(text);
        var encoder = new QuotedPrintableEncoder(MaxLineLength);
        var output = new byte[encoder.EstimateOutputLength(input.Length)];
        var encoded = output.AsSpan(0, encoder.Flush(input, 0, input.Length, output));
        return newLine == NewLineFormat.Dos ? WithCrLf(encoded) : encoded.ToArray();
    }

    /// <summary>Every LF the encoder writes ends a line (the text's own, or a soft break), and it writes them bare.</summary>
    private static byte[] WithCrLf(ReadOnlySpan<byte> encoded)
    {
        var result = new byte[encoded.Length + encoded.Count((byte)'\n')];
        var at = 0;
        foreach (var b in encoded)
        {
            if (b == '\n')
            {
                result[at++] = (byte)'\r';
            }
            result[at++] = b;
        }
        return result;
    }
}
