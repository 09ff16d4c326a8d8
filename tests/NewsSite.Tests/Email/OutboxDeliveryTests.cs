using Microsoft.EntityFrameworkCore;
using MimeKit;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;
using NewsSite.TestSupport;

namespace NewsSite.Tests.Email;

public class OutboxDeliveryTests(SmtpSiteFixture site) : IClassFixture<SmtpSiteFixture>
{
    [Fact]
    public async Task Queued_email_is_delivered_over_smtp_with_html_and_plain_text_parts()
    {
        _ = site.Factory.Services; // start the site and its outbox worker
        var queued = await site.QueueAsync(new EmailMessage(
            "reader@example.org", "Confirm your subscription", "<p>Press <strong>Confirm</strong>.</p>", "Press Confirm."));

        var received = await site.Smtp.WaitForMessageAsync(queued.MessageId);

        Assert.Equal("Confirm your subscription", received.Subject);
        Assert.Equal(SmtpSettings.FromAddress, received.From.Mailboxes.Single().Address);
        Assert.Equal("Port Alder Courier", received.From.Mailboxes.Single().Name);
        Assert.Equal("reader@example.org", received.To.Mailboxes.Single().Address);
        Assert.Equal(queued.MessageId, received.MessageId);
        Assert.Contains("<strong>Confirm</strong>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Press Confirm.", received.TextBody!.Trim());
        Assert.IsType<MultipartAlternative>(received.Body);

        // The server has the message before the worker records it as sent; give the worker a moment.
        var row = await WaitForSentAsync(queued.Id);
        Assert.NotNull(row.SentAt);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task Logs_name_the_recipient_only_by_a_masked_address()
    {
        _ = site.Factory.Services;
        var queued = await site.QueueAsync(new EmailMessage("private.person@example.org", "Your link", "<p>Link</p>", "Link"));

        await site.Smtp.WaitForMessageAsync(queued.MessageId);
        var logged = await WaitForLogLineAsync(queued.MessageId);

        Assert.Contains("p***@example.org", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(site.DispatcherLog.Lines, line => line.Contains("private.person", StringComparison.Ordinal));
    }

    private async Task<OutboxMessage> WaitForSentAsync(long id)
    {
        for (var i = 0; ; i++)
        {
            await using var scope = site.Factory.OpenDatabase();
            var row = await scope.Db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
            if (row.SentAt is not null || i == 100)
            {
                return row;
            }
            await Task.Delay(50);
        }
    }

    private async Task<string> WaitForLogLineAsync(string messageId)
    {
        for (var i = 0; i < 100; i++)
        {
            if (site.DispatcherLog.Lines.FirstOrDefault(l => l.Contains(messageId, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The dispatcher never logged the delivery.");
    }
}
