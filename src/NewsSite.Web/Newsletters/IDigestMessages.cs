using MimeKit;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters;

/// <summary>Makes the email one subscriber gets for one edition: the senders ask it for every copy they send.</summary>
public interface IDigestMessages
{
    /// <summary>
    /// The message for <paramref name="delivery"/>, under its Message-ID; null when none of the
    /// edition's articles is in a section the subscriber chose (an empty digest is not sent).
    /// </summary>
    Task<MimeMessage?> CreateAsync(DigestDelivery delivery, Subscriber subscriber, CancellationToken cancellationToken);
}
