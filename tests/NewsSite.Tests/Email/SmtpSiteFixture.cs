using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSite.TestSupport;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;

namespace NewsSite.Tests.Email;

/// <summary>The site sending its mail to a real SMTP server running inside the test process.</summary>
public class SmtpSiteFixture : NewsSiteFixture
{
    public const string FromAddress = "newsroom@portalder.example";

    public InProcessSmtpServer Smtp { get; } = new();

    public CapturingLogger<OutboxDispatcher> DispatcherLog { get; } = new();

    protected override void Configure(NewsSiteFactory factory)
    {
        UseSmtpServerOnPort(factory, Smtp.Port);
        factory.ServiceOverrides.Add(services => services.AddSingleton<ILogger<OutboxDispatcher>>(DispatcherLog));
        factory.Settings["Email:Outbox:PollInterval"] = "00:00:00.200";
    }

    public static void UseSmtpServerOnPort(NewsSiteFactory factory, int port)
    {
        factory.Settings["Email:PickupDirectory"] = "";
        factory.Settings["Email:Smtp:Host"] = "127.0.0.1";
        factory.Settings["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Email:Smtp:TlsMode"] = nameof(SmtpTlsMode.None);
        factory.Settings["Email:Smtp:TimeoutSeconds"] = "5";
        factory.Settings["Email:FromAddress"] = FromAddress;
        factory.Settings["Email:FromName"] = "Port Alder Courier";
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
