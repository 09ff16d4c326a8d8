using Microsoft.Extensions.Options;
using MimeKit;

namespace NewsSite.Web.Email.Sending;

/// <summary>Builds the MIME message for an email: From from configuration, HTML and plain text.</summary>
public sealed class MimeMessageFactory(IOptions<EmailOptions> options)
{
    public MimeMessage Create(string toAddress, string subject, string htmlBody, string textBody, string messageId, DateTimeOffset date) =>
        Create(toAddress, subject, new BodyBuilder { HtmlBody = htmlBody, TextBody = textBody }.ToMessageBody(), messageId, date);

    /// <summary>The message around a body already made, for senders that build the parts themselves.</summary>
    public MimeMessage Create(string toAddress, string subject, MimeEntity body, string messageId, DateTimeOffset date)
    {
        var settings = options.Value;
        // No headers to start with: new MimeMessage() makes a Date and a Message-ID of its own that
        // are replaced at once, which cost as much as the rest of a digest copy's message.
        var message = new MimeMessage((IEnumerable<Header>)[])
        {
            Subject = subject,
            MessageId = messageId,
            Date = date,
            Body = body,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(toAddress));
        return message;
    }
}
