using System.Text;
using MimeKit;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// A copy's body as MimeKit writes it: multipart/alternative with a plain-text and an HTML part,
/// both UTF-8 quoted-printable, written straight from the edition's encoded pieces. Per copy,
/// only its two links are encoded; nothing else is copied, scanned or encoded again, and MimeKit
/// has nothing left to prepare (every line is 7-bit and under 78 characters).
/// </summary>
public sealed class EncodedDigestBody : MimeEntity
{
    // An escape in quoted-printable is "=" and two hex digits, so no encoded part can contain "=_".
    private const string Boundary = "=_NewsSite_digest";

    private static readonly Dictionary<NewLineFormat, Frame> Frames = new()
    {
        [NewLineFormat.Unix] = Frame.For("\n"),
        [NewLineFormat.Dos] = Frame.For("\r\n"),
    };

    private readonly DigestTemplate _text;
    private readonly DigestTemplate _html;
    private readonly IReadOnlyList<int> _articles;
    private readonly string _manageUrl;
    private readonly string _unsubscribeUrl;

    public EncodedDigestBody(DigestTemplate text, DigestTemplate html, IReadOnlyList<int> articles, string manageUrl, string unsubscribeUrl)
        : base(new ContentType("multipart", "alternative") { Boundary = Boundary })
    {
        _text = text;
        _html = html;
        _articles = articles;
        _manageUrl = manageUrl;
        _unsubscribeUrl = unsubscribeUrl;
    }

    public override void Prepare(EncodingConstraint constraint, int maxLineLength = 78)
    {
        // Already fit for any server: see the summary.
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        base.WriteTo(options, stream, contentOnly, cancellationToken);
        foreach (var piece in Pieces(options.NewLineFormat))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Write(piece.Span);
        }
    }

    public override async Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        await base.WriteToAsync(options, stream, contentOnly, cancellationToken);
        foreach (var piece in Pieces(options.NewLineFormat))
        {
            await stream.WriteAsync(piece, cancellationToken);
        }
    }

    private IEnumerable<ReadOnlyMemory<byte>> Pieces(NewLineFormat newLine)
    {
        var frame = Frames[newLine];
        return [frame.TextHeaders, .. _text.Encoded(_articles, _manageUrl, _unsubscribeUrl, newLine),
            frame.HtmlHeaders, .. _html.Encoded(_articles, _manageUrl, _unsubscribeUrl, newLine), frame.End];
    }

    /// <summary>The boundaries and part headers around the two parts, in one line-ending convention.</summary>
    private sealed record Frame(byte[] TextHeaders, byte[] HtmlHeaders, byte[] End)
    {
        public static Frame For(string newLine) => new(
            Ascii($"--{Boundary}{newLine}{PartHeaders("plain", newLine)}"),
            Ascii($"{newLine}--{Boundary}{newLine}{PartHeaders("html", newLine)}"),
            Ascii($"{newLine}--{Boundary}--{newLine}"));

        private static string PartHeaders(string subtype, string newLine) =>
            $"Content-Type: text/{subtype}; charset=utf-8{newLine}Content-Transfer-Encoding: quoted-printable{newLine}{newLine}";

        private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
    }
}
