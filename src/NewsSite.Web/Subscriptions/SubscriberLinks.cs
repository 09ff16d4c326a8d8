using NewsSite.Web.Infrastructure;

namespace NewsSite.Web.Subscriptions;

/// <summary>Addresses of the subscribers' pages, and absolute links to them for emails.</summary>
public sealed class SubscriberLinks(SecretLinks links)
{
    public const string SubscribePath = "/subscribe";
    public const string CheckInboxPath = "/subscribe/check-your-inbox";
    public const string PrivacyCentrePath = "/privacy-centre";

    public static string ConfirmPath(string token) => $"/subscribe/confirm/{token}";

    public static string ManagePath(Subscriber subscriber) => $"/subscription/{SubscriptionTokens.PersonalToken(subscriber)}";

    public static string UnsubscribePath(Subscriber subscriber) => $"/unsubscribe/{SubscriptionTokens.PersonalToken(subscriber)}";

    public static string PrivacyCentreLinkPath(string token) => $"{PrivacyCentrePath}/{token}";

    /// <summary>The absolute link to <paramref name="path"/>; throws when the site's public address is missing, since no subscriber email can go out without it.</summary>
    public string Absolute(string path) => links.To(path)
        ?? throw new InvalidOperationException("Set Site:PublicBaseUrl: subscribers' emails need the site's public address for their links.");
}
