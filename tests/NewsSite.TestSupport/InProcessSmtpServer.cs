using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace NewsSite.TestSupport;

/// <summary>
/// A real SMTP server on 127.0.0.1 inside the test process. It keeps every message it accepts,
/// and refuses recipients that <see cref="RejectRecipient"/> names, with a 550 like a real server.
/// </summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public InProcessSmtpServer(int? port = null)
    {
        Port = port ?? NewsSite.Web.Infrastructure.LocalPostgres.FreePort.Find();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServiceProvider();
        services.Add(new Store(Messages));
        services.Add(new RecipientFilter(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>
    /// The server starts listening in the background; a test that sends at once would otherwise
    /// meet a refused connection now and then and see a retry it did not cause.
    /// </summary>
    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline && !_running.IsCompleted)
            {
                Thread.Sleep(20);
            }
        }
    }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public Func<string, bool> RejectRecipient { get; set; } = _ => false;

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, or fails the test.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Messages.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} message(s), received {Messages.Count}.");
            }
            await Task.Delay(50);
        }
        return Messages.ToArray();
    }

    /// <summary>Waits for the message with this Message-ID, or fails the test.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string messageId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow <= deadline)
        {
            if (Messages.FirstOrDefault(m => m.MessageId == messageId) is { } message)
            {
                return message;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No message with Message-ID {messageId} arrived.");
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(5)));
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RecipientFilter(InProcessSmtpServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.RejectRecipient(to.AsAddress()));
    }
}
