using MimeKit;

namespace NewsSite.Web.Email.Sending;

/// <summary>Hands a finished message to the world: an SMTP server, or a folder of .eml files.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
