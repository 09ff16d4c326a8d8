using System.Globalization;
using System.Text;

namespace NewsSite.Web.Subscriptions.Addresses;

/// <summary>
/// Reads an email address typed into a form into the one form NewsSite stores and compares:
/// Unicode compatibility forms folded (a full-width <c>ｊｏｈｎ</c> is <c>john</c>), lower case,
/// an internationalised domain in its ASCII (punycode) form. Anything that could not be a single
/// deliverable address, or could smuggle a header into an email, is refused with a message a
/// reader understands.
/// </summary>
public static class SubscriberAddress
{
    public const int MaxLength = Subscriber.EmailMaxLength;
    private const int MaxLocalPartLength = 64;
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    public static AddressReading Read(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return AddressReading.Refused("Enter your email address.");
        }
        if (text.Length > MaxLength)
        {
            return AddressReading.Refused($"That address is too long: an email address has at most {MaxLength} characters.");
        }
        if (text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || text.Contains(',', StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal))
        {
            return AddressReading.Refused("Enter one email address, without spaces.");
        }
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var at = folded.LastIndexOf('@');
        if (at <= 0 || at == folded.Length - 1 || folded.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return AddressReading.Refused("Enter an email address like name@example.com.");
        }
        var local = folded[..at];
        if (local.Length > MaxLocalPartLength || !local.All(IsPlainLocalCharacter) || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            // Look-alike letters from other scripts (a Cyrillic "а" in "jаne") stop here too.
            return AddressReading.Refused("The part before the @ may use only plain letters, digits and . _ + - characters.");
        }
        string domain;
        try
        {
            domain = Idn.GetAscii(folded[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            return AddressReading.Refused("The part after the @ is not a valid domain name.");
        }
        if (!domain.Contains('.', StringComparison.Ordinal))
        {
            return AddressReading.Refused("The part after the @ is not a valid domain name.");
        }
        var address = $"{local}@{domain}";
        return address.Length > MaxLength
            ? AddressReading.Refused($"That address is too long: an email address has at most {MaxLength} characters.")
            : AddressReading.Accepted(address);
    }

    private static bool IsPlainLocalCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-' or '\'';
}

/// <summary>An address read from a form: the normalised address, or why it was refused.</summary>
public sealed record AddressReading(string? Address, string? Problem)
{
    public static AddressReading Accepted(string address) => new(address, null);

    public static AddressReading Refused(string problem) => new(null, problem);
}
