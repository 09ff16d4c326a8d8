using System.Globalization;
using System.Text.Encodings.Web;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Outbox;
using NewsSite.Web.SiteSettings;

namespace NewsSite.Web.Subscriptions;

/// <summary>
/// The emails about a subscription itself, queued in the outbox (the caller saves). They carry no
/// promotion: only what the subscriber asked for and the one link to act on it.
/// </summary>
public sealed class SubscriptionEmails(EmailOutbox outbox, SiteSettingsCache siteSettings, SubscriberLinks links)
{
    public Task QueueConfirmationAsync(Subscriber subscriber, string token, TimeSpan validFor) =>
        QueueAsync(subscriber, site => $"Confirm your subscription to {site}", links.Absolute(SubscriberLinks.ConfirmPath(token)),
            site => $"Someone, probably you, asked to receive {site}'s email digest at this address. Open the link and press Confirm to start it; the link works for {Days(validFor)}. If you did not ask, ignore this email and nothing will be sent.",
            "Confirm your subscription");

    public Task QueueAlreadySubscribedAsync(Subscriber subscriber) =>
        QueueAsync(subscriber, site => $"You are already subscribed to {site}", links.Absolute(SubscriberLinks.ManagePath(subscriber)),
            site => $"Someone, probably you, asked to subscribe this address to {site}'s email digest. It is already subscribed, so nothing has changed. Use the link to change what you receive or to unsubscribe.",
            "Manage your subscription");

    public Task QueuePrivacyCentreLinkAsync(Subscriber subscriber, string token, TimeSpan validFor) =>
        QueueAsync(subscriber, site => $"Your data at {site}", links.Absolute(SubscriberLinks.PrivacyCentreLinkPath(token)),
            site => $"Someone, probably you, asked to see or erase the data {site} holds about this address. The link works for {Hours(validFor)}. If you did not ask, ignore this email: nothing changes.",
            "Open your privacy centre");

    private async Task QueueAsync(Subscriber subscriber, Func<string, string> subject, string link, Func<string, string> explanation, string action)
    {
        var site = (await siteSettings.GetAsync()).Settings.SiteName;
        var words = explanation(site);
        var html = $"<p>{HtmlEncoder.Default.Encode(words)}</p><p><a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(action)}</a></p>";
        var text = $"{words}\n\n{action}: {link}\n";
        outbox.Add(new EmailMessage(subscriber.Email!, subject(site), html, text));
    }

    private static string Days(TimeSpan span) => span.TotalDays >= 2
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} days")
        : Hours(span);

    private static string Hours(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} hours");
}
