using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSite.TestSupport;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;

namespace NewsSite.Tests.Email;

/// <summary>The site sending its mail to a real SMTP server running inside the test process.</summary>
public class SmtpSiteFixture : NewsSiteFixture
{
    public InProcessSmtpServer Smtp { get; } = new();

    public CapturingLogger<OutboxDispatcher> DispatcherLog { get; } = new();

    protected override void Configure(NewsSiteFactory factory)
    {
        factory.UseSmtpServerOnPort(Smtp.Port);
        factory.ServiceOverrides.Add(services => services.AddSingleton<ILogger<OutboxDispatcher>>(DispatcherLog));
        factory.Settings["Email:Outbox:PollInterval"] = "00:00:00.200";
    }

    /// <summary>Queues an email the way every feature does: added to the outbox and committed.</summary>
    public async Task<OutboxMessage> QueueAsync(EmailMessage email)
    {
        await using var scope = Factory.OpenDatabase();
        var message = scope.Get<EmailOutbox>().Add(email);
        await scope.Db.SaveChangesAsync();
        return message;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
