using System.Text;
using MimeKit.Encodings;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// Quoted-printable encoding of UTF-8 text in independent pieces. Each piece that does not end a
/// line ends with a soft line break, so pieces encoded apart and joined decode to the joined text.
/// Lines are LF-terminated, as MimeKit keeps them until it writes the message.
/// </summary>
public static class QuotedPrintable
{
    private const int MaxLineLength = 76;

    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = Encoding.UTF8.GetBytes(text);
        var encoder = new QuotedPrintableEncoder(MaxLineLength);
        var output = new byte[encoder.EstimateOutputLength(input.Length)];
        var length = encoder.Flush(input, 0, input.Length, output);
        return output[..length];
    }
}
