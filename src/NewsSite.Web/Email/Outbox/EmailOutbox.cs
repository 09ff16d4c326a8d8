using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Email.Outbox;

/// <summary>Queues transactional emails. The caller's <c>SaveChangesAsync</c> commits them with its own change.</summary>
public sealed class EmailOutbox(NewsDbContext db, TimeProvider time, IOptions<EmailOptions> options)
{
    public OutboxMessage Add(EmailMessage email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            ToAddress = email.ToAddress,
            Subject = email.Subject,
            HtmlBody = email.HtmlBody,
            TextBody = email.TextBody,
            MessageId = NewMessageId(options.Value.FromAddress),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    private static string NewMessageId(string fromAddress)
    {
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        return $"{Guid.CreateVersion7():N}@{domain}";
    }
}
