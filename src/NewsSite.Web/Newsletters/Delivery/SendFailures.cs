using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using NewsSite.Web.Email;

namespace NewsSite.Web.Newsletters.Delivery;

/// <summary>Tells permanent SMTP refusals from temporary trouble, and words them for the record.</summary>
public static partial class SendFailures
{
    /// <summary>A 5xx reply: the server will not take this message, however often it is offered.</summary>
    public static bool IsPermanent(Exception error) => error is SmtpCommandException smtp && (int)smtp.StatusCode >= 500;

    /// <summary>
    /// The recipient was refused for good: 5xx to RCPT TO with an enhanced status of 5.1.x (bad
    /// address) or 5.5.x, or none at all. Other 5xx refusals (policy, content) say nothing about the address.
    /// </summary>
    public static bool IsHardBounce(Exception error)
    {
        if (error is not SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } smtp || (int)smtp.StatusCode < 500)
        {
            return false;
        }
        var enhanced = EnhancedStatus().Match(smtp.Message);
        return !enhanced.Success || enhanced.Value.StartsWith("5.1.", StringComparison.Ordinal) || enhanced.Value.StartsWith("5.5.", StringComparison.Ordinal);
    }

    /// <summary>The reason as stored and logged: the SMTP code when there is one, and no full email address.</summary>
    public static string Describe(Exception error, string preamble = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = preamble + (error is SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}: {smtp.Message}" : $"{error.GetType().Name}: {error.Message}");
        var masked = Address().Replace(text, m => EmailAddressMask.Mask(m.Value));
        return masked.Length <= DigestDelivery.ErrorMaxLength ? masked : masked[..DigestDelivery.ErrorMaxLength];
    }

    [GeneratedRegex(@"^\s*[245]\.\d{1,3}\.\d{1,3}")]
    private static partial Regex EnhancedStatus();

    [GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+")]
    private static partial Regex Address();
}
