using System.Globalization;

namespace NewsSite.Web.Subscriptions;

/// <summary>A subscriber's choices in the words the consent ledger keeps (no personal data).</summary>
public static class Preferences
{
    public static string Describe(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var sections = subscriber.SectionIds.Count == 0
            ? "all sections"
            : "sections " + string.Join(", ", subscriber.SectionIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return $"{subscriber.Frequency.ToString().ToLowerInvariant()} digest; {sections}";
    }
}
