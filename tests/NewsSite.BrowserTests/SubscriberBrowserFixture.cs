using NewsSite.TestSupport;

namespace NewsSite.BrowserTests;

/// <summary>The site in a browser, sending its real emails to an SMTP server inside the test.</summary>
public sealed class SubscriberBrowserFixture : BrowserFixture
{
    public InProcessSmtpServer Smtp { get; } = new();

    protected override void Configure(NewsSiteFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseSmtpServerOnPort(Smtp.Port);
        factory.Settings["Email:Outbox:PollInterval"] = "00:00:00.200";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
