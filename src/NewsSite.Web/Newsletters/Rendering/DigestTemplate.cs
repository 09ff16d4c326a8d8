using System.Text;
using MimeKit;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// One format (HTML or plain text) of an edition, rendered once with everything the copies share.
/// A copy only picks its articles and puts its two personal links in the gaps left for them, so
/// making one of 100,000 copies costs a few copies of text. The shared pieces are also kept
/// quoted-printable encoded, as mail carries them: encoding 20 KB anew for every copy cost more
/// than everything else a copy needs.
/// </summary>
public sealed class DigestTemplate
{
    private const int ManageLink = -1;
    private const int UnsubscribeLink = -2;

    private readonly string[] _pieces;
    private readonly Dictionary<NewLineFormat, byte[][]> _encodedPieces;
    private readonly int _articleCount;
    private readonly Func<string, string> _encodeLink;

    /// <summary>The pieces in the order a copy shows them; <paramref name="encodeLink"/> writes a link into this format (HTML-encoded for HTML).</summary>
    public DigestTemplate(string top, IReadOnlyList<string> articles, string beforeManageLink, string betweenLinks, string bottom, Func<string, string> encodeLink)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _pieces = [top, .. articles, beforeManageLink, betweenLinks, bottom];
        _encodedPieces = new()
        {
            [NewLineFormat.Unix] = [.. _pieces.Select(p => QuotedPrintable.Encode(p, NewLineFormat.Unix))],
            [NewLineFormat.Dos] = [.. _pieces.Select(p => QuotedPrintable.Encode(p, NewLineFormat.Dos))],
        };
        _articleCount = articles.Count;
        _encodeLink = encodeLink;
    }

    /// <summary>The copy as text, for previews.</summary>
    public string Fill(IReadOnlyList<int> articleIndexes, string manageUrl, string unsubscribeUrl)
    {
        var text = new StringBuilder();
        foreach (var piece in Layout(articleIndexes))
        {
            text.Append(piece < 0 ? _encodeLink(piece == ManageLink ? manageUrl : unsubscribeUrl) : _pieces[piece]);
        }
        return text.ToString();
    }

    /// <summary>
    /// The copy as quoted-printable UTF-8, in the order to write it: the shared pieces themselves,
    /// not copies, and the two links encoded for this copy.
    /// </summary>
    public IEnumerable<ReadOnlyMemory<byte>> Encoded(IReadOnlyList<int> articleIndexes, string manageUrl, string unsubscribeUrl, NewLineFormat newLine)
    {
        var pieces = _encodedPieces[newLine];
        var manage = QuotedPrintable.Encode(_encodeLink(manageUrl), newLine);
        var unsubscribe = QuotedPrintable.Encode(_encodeLink(unsubscribeUrl), newLine);
        return Layout(articleIndexes).Select(piece => new ReadOnlyMemory<byte>(piece switch { ManageLink => manage, UnsubscribeLink => unsubscribe, _ => pieces[piece] }));
    }

    /// <summary>The copy's pieces in order: indexes into the shared pieces, or one of the two link gaps.</summary>
    private IEnumerable<int> Layout(IReadOnlyList<int> articleIndexes)
    {
        yield return 0;
        foreach (var index in articleIndexes)
        {
            yield return 1 + index;
        }
        yield return 1 + _articleCount;
        yield return ManageLink;
        yield return 2 + _articleCount;
        yield return UnsubscribeLink;
        yield return 3 + _articleCount;
    }
}
