using Microsoft.Extensions.Options;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.Email.Sending;

namespace NewsSite.Web.Email;

public static class EmailRegistration
{
    /// <summary>
    /// Registers the outbox and the transport. Without an SMTP host, Development writes .eml files
    /// to <c>.data/mail/</c>; any other environment without a host fails validation at start.
    /// </summary>
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<EmailOptions>()
            .Bind(builder.Configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.Smtp.Host) && string.IsNullOrWhiteSpace(o.PickupDirectory) && isDevelopment)
                {
                    o.PickupDirectory = ".data/mail";
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => !string.IsNullOrWhiteSpace(o.Smtp.Host) || !string.IsNullOrWhiteSpace(o.PickupDirectory),
                "Email:Smtp:Host is not set. Configure an SMTP server (Email__Smtp__Host, Email__Smtp__Port, …) or Email:PickupDirectory.")
            .ValidateOnStart();

        builder.Services.AddSingleton<IEmailTransport>(services =>
        {
            var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.PickupDirectory)
                ? new SmtpTransport(services.GetRequiredService<IOptions<EmailOptions>>())
                : new PickupDirectoryTransport(Path.Combine(builder.Environment.ContentRootPath, options.PickupDirectory));
        });
        builder.Services.AddSingleton<MimeMessageFactory>();
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddScoped<OutboxDispatcher>();
        builder.Services.AddHostedService<OutboxWorker>();
        return builder;
    }
}
