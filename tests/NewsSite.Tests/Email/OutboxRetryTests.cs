using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.TestSupport;
using NewsSite.Web.Data.LocalPostgres;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;

namespace NewsSite.Tests.Email;

/// <summary>
/// The SMTP server is down at first. The worker's own timer is set to ten days so the test drives
/// each outbox pass itself, with a fake clock.
/// </summary>
public class OutboxRetryTests : IClassFixture<OutboxRetryTests.OutageFixture>
{
    private readonly OutageFixture _site;

    public OutboxRetryTests(OutageFixture site) => _site = site;

    public sealed class OutageFixture : NewsSiteFixture
    {
        public int SmtpPort { get; } = FreePort.Find();
        // Whole seconds, because PostgreSQL keeps microseconds and the assertions compare exact times.
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        protected override void Configure(NewsSiteFactory factory)
        {
            factory.UseSmtpServerOnPort(SmtpPort);
            factory.Settings["Email:Outbox:PollInterval"] = "10.00:00:00";
            factory.Settings["Email:Outbox:MaxAttempts"] = "3";
            factory.ServiceOverrides.Add(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task Email_queued_while_the_smtp_server_is_down_is_kept_and_delivered_once_it_is_back()
    {
        var queued = await QueueAsync("subscriber@example.org");

        Assert.Equal(1, await DispatchAsync());
        var afterFailure = await RowAsync(queued.Id);
        Assert.Null(afterFailure.SentAt);
        Assert.Null(afterFailure.FailedAt);
        Assert.NotNull(afterFailure.LastError);
        Assert.Equal(_site.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), afterFailure.NextAttemptAt);
        Assert.Equal(0, await DispatchAsync()); // not due yet: backing off

        await using var smtp = new InProcessSmtpServer(_site.SmtpPort);
        _site.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await DispatchAsync());

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal(queued.MessageId, received.MessageId);
        Assert.NotNull((await RowAsync(queued.Id)).SentAt);
    }

    [Fact]
    public async Task Recipient_refused_with_550_is_marked_failed_and_not_retried()
    {
        await using var smtp = new InProcessSmtpServer(_site.SmtpPort) { RejectRecipient = address => address == "gone@example.org" };
        var queued = await QueueAsync("gone@example.org");

        await DispatchAsync();
        _site.Clock.Advance(TimeSpan.FromHours(2));
        // Other tests' messages may fall due too; what matters is that this one is not tried again.
        await DispatchAsync();

        var row = await RowAsync(queued.Id);
        Assert.NotNull(row.FailedAt);
        Assert.Equal(1, row.Attempts);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task Email_that_keeps_failing_is_given_up_after_the_configured_attempts_but_kept()
    {
        var queued = await QueueAsync("patient@example.org");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await DispatchAsync();
            _site.Clock.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal(0, await DispatchAsync());
        var row = await RowAsync(queued.Id);
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.FailedAt);
        Assert.Equal("Keep trying", row.Subject);
    }

    private async Task<OutboxMessage> QueueAsync(string to)
    {
        await using var scope = _site.Factory.OpenDatabase();
        var message = scope.Get<EmailOutbox>().Add(new EmailMessage(to, "Keep trying", "<p>Hello</p>", "Hello"));
        await scope.Db.SaveChangesAsync();
        return message;
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = _site.Factory.OpenDatabase();
        return await scope.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    private async Task<OutboxMessage> RowAsync(long id)
    {
        await using var scope = _site.Factory.OpenDatabase();
        return await scope.Db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
