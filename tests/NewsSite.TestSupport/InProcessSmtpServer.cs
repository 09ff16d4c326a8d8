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
/// Faults can be injected: any reply to chosen recipients (<see cref="ReplyToRecipient"/>), a
/// connection dropped after the message's data arrived (<see cref="DropAfterData"/>), a slow
/// answer (<see cref="ReplyDelay"/>); <see cref="SessionsStarted"/> counts connections.
/// </summary>
public sealed class InProcessSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public InProcessSmtpServer(int? port = null)
    {
        Port = port ?? NewsSite.Web.Data.LocalPostgres.FreePort.Find();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServiceProvider();
        services.Add(new Store(this));
        services.Add(new RecipientFilter(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessionsStarted);
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

    /// <summary>A reply to RCPT TO for the given address (450 "4.2.1 …", 550 "5.1.1 …"), or null to go on as usual.</summary>
    public Func<string, (int Code, string Text)?> ReplyToRecipient { get; set; } = _ => null;

    /// <summary>
    /// For the messages it picks, the server keeps the message and then drops the connection
    /// without answering: the sender cannot know the message arrived.
    /// </summary>
    public Func<MimeMessage, bool> DropAfterData { get; set; } = _ => false;

    /// <summary>How long the server takes to answer each message's data.</summary>
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.Zero;

    private int _sessionsStarted;

    public int SessionsStarted => Volatile.Read(ref _sessionsStarted);

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

    private sealed class Store(InProcessSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner.Messages.Enqueue(message);
            if (owner.DropAfterData(message))
            {
                // Closing the network stream under the session: the reply has nowhere to go, so none arrives.
                context.Pipe.Dispose();
            }
            await Task.Delay(owner.ReplyDelay, cancellationToken);
            return SmtpResponse.Ok;
        }
    }

    private sealed class RecipientFilter(InProcessSmtpServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            var address = to.AsAddress();
            if (owner.ReplyToRecipient(address) is { } reply)
            {
                throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)reply.Code, reply.Text));
            }
            return Task.FromResult(!owner.RejectRecipient(address));
        }
    }
}
