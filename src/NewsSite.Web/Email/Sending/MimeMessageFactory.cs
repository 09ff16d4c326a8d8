using Microsoft.Extensions.Options;
using MimeKit;

namespace NewsSite.Web.Email.Sending;

/// <summary>Builds the MIME message for a transactional email: From from configuration, HTML and plain text.</summary>
public sealed class MimeMessageFactory(IOptions<EmailOptions> options)
{
    public MimeMessage Create(string toAddress, string subject, string htmlBody, string textBody, string messageId, DateTimeOffset date)
    {
        var settings = options.Value;
        var message = new MimeMessage
        {
            Subject = subject,
            MessageId = messageId,
            Date = date,
            Body = new BodyBuilder { HtmlBody = htmlBody, TextBody = textBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(toAddress));
        return message;
    }
}
