using MimeKit;
using NewsSite.TestSupport;
using NewsSite.Web.Newsletters;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Newsletters.Delivery;

/// <summary>
/// A stand-in for the digest templates: a plain message under the delivery's Message-ID, padded to
/// <see cref="BodySize"/>. Subscribers whose address starts with <see cref="NothingForPrefix"/>
/// have no article in their sections, so they get none.
/// </summary>
public sealed class PlainDigestMessages : IDigestMessages
{
    public const string NothingForPrefix = "no-articles-";

    public static int BodySize { get; set; } = 2_000;

    public Task<MimeMessage?> CreateAsync(DigestDelivery delivery, Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.Email!.StartsWith(NothingForPrefix, StringComparison.Ordinal))
        {
            return Task.FromResult<MimeMessage?>(null);
        }
        var message = new MimeMessage { Subject = "The week in Port Alder", MessageId = delivery.MessageId };
        message.From.Add(MailboxAddress.Parse(SmtpSettings.FromAddress));
        message.To.Add(MailboxAddress.Parse(subscriber.Email));
        message.Body = new TextPart("plain") { Text = new string('x', BodySize) };
        return Task.FromResult<MimeMessage?>(message);
    }
}
