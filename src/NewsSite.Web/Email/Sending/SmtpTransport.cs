using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NewsSite.Web.Email.Sending;

/// <summary>
/// Sends through an SMTP server with MailKit. TLS is on unless configuration says
/// <see cref="SmtpTlsMode.None"/>; MailKit checks the server's certificate and a bad one fails
/// the send with the reason, which the outbox records and retries.
/// </summary>
public sealed class SmtpTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    private readonly SmtpOptions _smtp = options.Value.Smtp;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = _smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(_smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not configured."), _smtp.Port, SocketOptions(_smtp.TlsMode), cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.UserName))
        {
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    internal static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Implicit => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
