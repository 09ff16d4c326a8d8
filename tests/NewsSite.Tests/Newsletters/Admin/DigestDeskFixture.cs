using NewsSite.Tests.Newsletters.Editions;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Newsletters.Delivery;

namespace NewsSite.Tests.Newsletters.Admin;

/// <summary>
/// The editions site (fake clock, London time) with its mail going to an SMTP server in the test
/// process, and an Editor signed in. The background sender is left out: tests record the copies'
/// outcomes themselves, so they know what the page should show.
/// </summary>
public class DigestDeskFixture : EditionsFixture
{
    public InProcessSmtpServer Smtp { get; } = new();

    public HttpClient Editor { get; private set; } = null!;

    public string EditorEmail { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (Editor, EditorEmail) = await Factory.SignedInStaffAsync(StaffRoles.Editor);
    }

    protected override void Configure(NewsSiteFactory factory)
    {
        base.Configure(factory);
        factory.UseSmtpServerOnPort(Smtp.Port);
        factory.Settings["Site:PublicBaseUrl"] = "https://harbour.example";
        factory.WithoutWorker<DigestSenderWorker>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
