using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using NewsSite.TestSupport;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;

namespace NewsSite.Tests.Email;

public class PickupDirectoryTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Without_an_smtp_server_queued_email_is_written_as_an_eml_file()
    {
        var folder = site.Factory.Settings["Email:PickupDirectory"]!;
        _ = site.Factory.Services;
        OutboxMessage queued;
        await using (var scope = site.Factory.OpenDatabase())
        {
            queued = scope.Get<EmailOutbox>().Add(new EmailMessage("editor@example.org", "You are invited", "<p>Welcome</p>", "Welcome"));
            await scope.Db.SaveChangesAsync();
            // Either this pass or the site's own worker claims it; the lease lets only one of them send.
            await scope.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        }

        var file = await WaitForSingleFileAsync(folder);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("You are invited", message.Subject);
        Assert.Equal(queued.MessageId, message.MessageId);
        Assert.Equal("editor@example.org", message.To.Mailboxes.Single().Address);
    }

    private static async Task<string> WaitForSingleFileAsync(string folder)
    {
        for (var i = 0; i < 200 && !(Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length > 0); i++)
        {
            await Task.Delay(50);
        }
        return Assert.Single(Directory.GetFiles(folder, "*.eml"));
    }

    [Fact]
    public void Development_without_smtp_settings_writes_mail_under_the_data_folder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddEmail();

        using var services = builder.Services.BuildServiceProvider();

        Assert.Equal(".data/mail", services.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory);
    }

    [Fact]
    public void Production_without_smtp_settings_refuses_to_start_with_a_clear_message()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.AddEmail();

        using var services = builder.Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EmailOptions>>().Value);
        Assert.Contains("Email:Smtp:Host is not set", error.Message, StringComparison.Ordinal);
    }
}
