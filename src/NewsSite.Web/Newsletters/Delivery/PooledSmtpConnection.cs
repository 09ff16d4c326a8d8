using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Sending;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>
/// One SMTP connection kept open for many messages: it connects and authenticates before its
/// first message and again only after the connection broke. TLS follows <c>Email:Smtp:TlsMode</c>;
/// MailKit checks the certificate and a bad one fails the send with the reason.
/// </summary>
public sealed class PooledSmtpConnection(SmtpOptions smtp) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var client = await ConnectedClientAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException) when (client.IsConnected)
        {
            // The server refused this message and MailKit reset the transaction: the connection serves the next one.
            throw;
        }
        catch
        {
            // Dropped, timed out or out of step: whatever state it is in, the next message gets a fresh connection.
            await CloseAsync();
            throw;
        }
    }

    /// <summary>Says goodbye to the server when the sender runs out of work, rather than let the connection go stale.</summary>
    public async Task CloseAsync()
    {
        if (_client is null)
        {
            return;
        }
        var client = _client;
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or SmtpProtocolException or TimeoutException)
        {
            // A connection that broke on QUIT has nothing left to lose.
        }
        finally
        {
            client.Dispose();
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        await CloseAsync();
        var host = smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not configured.");
        var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(await OpenSocketAsync(host, cancellationToken), host, smtp.Port, SmtpTransport.SocketOptions(smtp.TlsMode), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    /// <summary>
    /// A socket without Nagle's delay: each message is a few short exchanges, and waiting to batch
    /// them with the server's delayed acknowledgements costs tens of milliseconds per message.
    /// </summary>
    private async Task<Socket> OpenSocketAsync(string host, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        try
        {
            await socket.ConnectAsync(host, smtp.Port, timeout.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
