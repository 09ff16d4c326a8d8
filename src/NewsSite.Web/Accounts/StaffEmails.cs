using System.Text.Encodings.Web;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Accounts;

/// <summary>The emails the admin area sends about accounts, queued in the outbox (the caller saves).</summary>
public sealed class StaffEmails(EmailOutbox outbox, SiteSettingsCache siteSettings)
{
    public async Task QueuePasswordResetAsync(StaffUser user, string link, TimeSpan validFor)
    {
        ArgumentNullException.ThrowIfNull(user);
        var site = (await siteSettings.GetAsync()).Settings.SiteName;
        Queue(user, $"Reset your {site} password", link,
            $"Someone, probably you, asked to reset the password of your {site} account. The link works for {Hours(validFor)}. If you did not ask, ignore this email: your password stays as it is.",
            "Choose a new password");
    }

    public async Task QueueInvitationAsync(StaffUser user, string invitedBy, string link, TimeSpan validFor)
    {
        ArgumentNullException.ThrowIfNull(user);
        var site = (await siteSettings.GetAsync()).Settings.SiteName;
        Queue(user, $"You are invited to {site}'s newsroom", link,
            $"{invitedBy} invited you to work in {site}'s admin area. Choose a password to accept; the link works for {Hours(validFor)}.",
            "Choose your password");
    }

    private void Queue(StaffUser user, string subject, string link, string explanation, string action)
    {
        var html = $"<p>Hello {HtmlEncoder.Default.Encode(user.DisplayName)},</p><p>{HtmlEncoder.Default.Encode(explanation)}</p>" +
                   $"<p><a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(action)}</a></p>";
        var text = $"Hello {user.DisplayName},\n\n{explanation}\n\n{action}: {link}\n";
        outbox.Add(new EmailMessage(user.Email!, subject, html, text));
    }

    private static string Hours(TimeSpan span) => span.TotalHours < 48
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalHours:0} hours")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{span.TotalDays:0} days");
}
