using MimeKit;
using NewsSite.Web.Email.Sending;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// The digest email as senders send it: the subscriber's copy of the edition under the
/// delivery's fixed Message-ID, with the RFC 8058 one-click unsubscribe headers, DKIM-signed when
/// configured. Digests carry no tracking pixel.
/// </summary>
public sealed class DigestMessageFactory(PreparedDigestCache editions, MimeMessageFactory messages, DigestDkim dkim, TimeProvider time) : IDigestMessages
{
    public async Task<MimeMessage?> CreateAsync(DigestDelivery delivery, Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(subscriber);
        var address = subscriber.Email ?? throw new InvalidOperationException($"Subscriber {subscriber.Id} was erased and has no address to send to.");
        var digest = await editions.GetAsync(delivery.EditionId, cancellationToken);
        if (digest.RenderEncoded(subscriber) is not { } copy)
        {
            return null;
        }
        var body = new MultipartAlternative { EncodedPart("plain", copy.Text), EncodedPart("html", copy.Html) };
        var message = messages.Create(address, digest.Subject, body, delivery.MessageId, time.GetUtcNow());
        message.Headers.Add("List-Unsubscribe", $"<{copy.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        dkim.Sign(message);
        return message;
    }

    /// <summary>
    /// A UTF-8 text part whose content is already quoted-printable: MimeKit then neither scans it
    /// for the best encoding nor encodes it again when the message is written.
    /// </summary>
    private static TextPart EncodedPart(string subtype, byte[] quotedPrintable)
    {
        var part = new TextPart(subtype)
        {
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
            Content = new MimeContent(new MemoryStream(quotedPrintable, writable: false), ContentEncoding.QuotedPrintable) { NewLineFormat = NewLineFormat.Unix },
        };
        part.ContentType.Charset = "utf-8";
        return part;
    }
}
