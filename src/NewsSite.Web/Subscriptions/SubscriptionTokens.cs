using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsSite.Web.Subscriptions;

/// <summary>
/// Secrets for subscribers' links. One-time links (confirmation, privacy centre) are stored only as
/// SHA-256 hashes, so the database alone cannot be used to open them.
/// </summary>
public static class SubscriptionTokens
{
    /// <summary>A new one-time token (256 random bits) and the hash to store.</summary>
    public static (string Token, string Hash) NewOneTime()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A subscriber's link key (192 random bits).</summary>
    public static string NewLinkKey() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    /// <summary>The personal-link token of a subscriber: their id and link key.</summary>
    public static string PersonalToken(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return $"{subscriber.Id}-{subscriber.LinkKey}";
    }

    /// <summary>Splits a personal-link token; false when it is not one.</summary>
    public static bool TryReadPersonalToken(string? token, out long id, out string key)
    {
        (id, key) = (0, "");
        var dash = token?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (dash <= 0 || !long.TryParse(token.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id))
        {
            return false;
        }
        key = token![(dash + 1)..];
        return key.Length > 0;
    }

    /// <summary>Compares link keys in constant time, so response times do not leak how much of a guess was right.</summary>
    public static bool KeysMatch(string expected, string given) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
