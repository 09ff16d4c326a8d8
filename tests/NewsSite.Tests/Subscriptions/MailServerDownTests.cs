using NewsSite.TestSupport;
using NewsSite.Web.Data.LocalPostgres;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.Subscriptions;

namespace NewsSite.Tests.Subscriptions;

/// <summary>The mail server is down when a reader subscribes; the outbox's own timer is off, so the test drives each pass.</summary>
public class MailServerDownTests(MailServerDownTests.OutageFixture site) : IClassFixture<MailServerDownTests.OutageFixture>
{
    public sealed class OutageFixture : SubscriptionFixture
    {
        public int SmtpPort { get; } = FreePort.Find();

        protected override void Configure(NewsSiteFactory factory)
        {
            base.Configure(factory);
            factory.UseSmtpServerOnPort(SmtpPort);
            factory.Settings["Email:Outbox:PollInterval"] = "10.00:00:00";
        }
    }

    [Fact]
    public async Task Subscription_is_kept_and_its_confirmation_sent_once_the_mail_server_is_back()
    {
        var reader = site.Factory.Reader();
        var email = Subscribing.NewAddress();

        var answer = await reader.SendFormAsync(SubscriberLinks.SubscribePath, await reader.FooterFormAsync(email));
        await DispatchAsync();
        var whileDown = Assert.Single(await site.Factory.EmailsToAsync(email));

        Assert.Equal(SubscriberLinks.CheckInboxPath, answer.Headers.Location!.OriginalString);
        Assert.Equal(SubscriberStatus.Pending, (await site.Factory.SubscriberAsync(email)).Status);
        Assert.Equal((1, null, null), (whileDown.Attempts, whileDown.SentAt, whileDown.FailedAt));
        Assert.NotNull(whileDown.LastError);

        await using var smtp = new InProcessSmtpServer(site.SmtpPort);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal(whileDown.MessageId, received.MessageId);
        Assert.StartsWith("Confirm your subscription", received.Subject, StringComparison.Ordinal);
    }

    private async Task DispatchAsync()
    {
        await using var scope = site.Factory.OpenDatabase();
        await scope.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }
}
