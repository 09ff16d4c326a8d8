using MimeKit;
using NewsSite.Web.Email.Sending;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>
/// The digest email as senders send it: the subscriber's copy of the edition under the
/// delivery's fixed Message-ID, with the RFC 8058 one-click unsubscribe headers, DKIM-signed when
/// configured. A digest carries an image that counts opens only while an Admin has "Count digest
/// opens" on, and then the same image for every reader of the edition (<see cref="DigestOpens"/>).
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
        var message = messages.Create(address, digest.Subject, copy.Body, delivery.MessageId, time.GetUtcNow());
        message.Headers.Add("List-Unsubscribe", $"<{copy.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        dkim.Sign(message);
        return message;
    }
}
