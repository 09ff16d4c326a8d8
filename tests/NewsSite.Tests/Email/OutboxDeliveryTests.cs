using Microsoft.EntityFrameworkCore;
using MimeKit;
using NewsSite.Web.Email;

namespace NewsSite.Tests.Email;

public class OutboxDeliveryTests(SmtpSiteFixture site) : IClassFixture<SmtpSiteFixture>
{
    [Fact]
    public async Task Queued_email_is_delivered_over_smtp_with_html_and_plain_text_parts()
    {
        _ = site.Factory.Services; // start the site and its outbox worker
        var queued = await site.QueueAsync(new EmailMessage(
            "reader@example.org", "Confirm your subscription", "<p>Press <strong>Confirm</strong>.</p>", "Press Confirm."));

        var received = Assert.Single(await site.Smtp.WaitForMessagesAsync(1));

        Assert.Equal("Confirm your subscription", received.Subject);
        Assert.Equal(SmtpSiteFixture.FromAddress, received.From.Mailboxes.Single().Address);
        Assert.Equal("Port Alder Courier", received.From.Mailboxes.Single().Name);
        Assert.Equal("reader@example.org", received.To.Mailboxes.Single().Address);
        Assert.Equal(queued.MessageId, received.MessageId);
        Assert.Contains("<strong>Confirm</strong>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Press Confirm.", received.TextBody!.Trim());
        Assert.IsType<MultipartAlternative>(received.Body);

        await using var scope = site.Factory.OpenDatabase();
        var row = await scope.Db.OutboxMessages.SingleAsync(m => m.Id == queued.Id);
        Assert.NotNull(row.SentAt);
        Assert.Equal(1, row.Attempts);
    }
}
