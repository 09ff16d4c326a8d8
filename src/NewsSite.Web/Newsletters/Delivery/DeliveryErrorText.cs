using System.Text.RegularExpressions;
using NewsSite.Web.Email;
using NewsSite.Web.Email.Sending;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>The reason a copy was not sent, as its delivery row stores it and the log repeats it.</summary>
public static partial class DeliveryErrorText
{
    /// <summary>The SMTP code when there is one, the server's words, no full email address, and no longer than the row holds.</summary>
    public static string Describe(Exception error, string preamble = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = $"{preamble}{SmtpFailures.Kind(error)}: {error.Message}";
        var masked = Address().Replace(text, m => EmailAddressMask.Mask(m.Value));
        return masked.Length <= DigestDelivery.ErrorMaxLength ? masked : masked[..DigestDelivery.ErrorMaxLength];
    }

    [GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+")]
    private static partial Regex Address();
}
