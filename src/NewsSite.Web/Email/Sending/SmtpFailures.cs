using System.Text.RegularExpressions;
using MailKit.Net.Smtp;

namespace NewsSite.Web.Email.Sending;

/// <summary>
/// Tells permanent SMTP refusals from temporary trouble, for everything that sends mail: retrying
/// a refusal that will never change only adds noise, while an outage is worth waiting out.
/// </summary>
public static partial class SmtpFailures
{
    /// <summary>A 5xx reply: the server will not take this message, however often it is offered.</summary>
    public static bool IsPermanent(Exception error) => error is SmtpCommandException smtp && (int)smtp.StatusCode >= 500;

    /// <summary>A 5xx answer to RCPT TO: this address will never accept mail, so retrying only adds noise.</summary>
    public static bool IsRecipientRejected(Exception error) =>
        error is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } && IsPermanent(error);

    /// <summary>
    /// The recipient was refused for good: 5xx to RCPT TO with an enhanced status of 5.1.x (bad
    /// address) or 5.5.x, or none at all. Other 5xx refusals (policy, content) say nothing about the address.
    /// </summary>
    public static bool IsHardBounce(Exception error)
    {
        if (!IsRecipientRejected(error))
        {
            return false;
        }
        var enhanced = EnhancedStatus().Match(error.Message);
        return !enhanced.Success || enhanced.Value.StartsWith("5.1.", StringComparison.Ordinal) || enhanced.Value.StartsWith("5.5.", StringComparison.Ordinal);
    }

    /// <summary>What kind of failure it was, safe to log: the SMTP status code, or the exception's type.</summary>
    public static string Kind(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}" : error.GetType().Name;
    }

    [GeneratedRegex(@"^\s*[245]\.\d{1,3}\.\d{1,3}")]
    private static partial Regex EnhancedStatus();
}
