using NewsSite.Web.Subscriptions;

namespace NewsSite.Web.Newsletters.Rendering;

/// <summary>The sentences both parts of a digest say, so that the HTML and the plain text never drift apart.</summary>
public static class DigestWording
{
    public static string Frequency(DigestFrequency frequency) => frequency == DigestFrequency.Weekly ? "weekly" : "daily";

    public static string Heading(DigestFrequency frequency) => $"Your {Frequency(frequency)} digest";

    public static string DefaultSubject(string siteName, DigestFrequency frequency) => $"{siteName}: your {Frequency(frequency)} digest";

    public static string Reason(DigestContent content) => $"You receive this {Frequency(content.Frequency)} digest because you subscribed to {content.SiteName}.";
}
