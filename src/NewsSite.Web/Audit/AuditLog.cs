using NewsSite.Web.Data;

namespace NewsSite.Web.Audit;

/// <summary>Writes the audit log: who did what, when, and from which address.</summary>
public sealed class AuditLog(NewsDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public const int MaxSubjectLength = 300;

    /// <summary>Adds an entry and saves it at once, so it is kept even when the action itself then fails.</summary>
    public async Task RecordAsync(AuditAction action, string subject, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        Add(action, subject, actorId, actorName);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds an entry to be saved with the change it records, in the same transaction, so one is
    /// never kept without the other. <paramref name="actorId"/> is empty for the site's own jobs.
    /// </summary>
    public void Add(AuditAction action, string subject, string? actorId, string actorName)
    {
        ArgumentNullException.ThrowIfNull(subject);
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Action = action,
            ActorId = actorId,
            ActorName = actorName,
            Subject = subject.Length <= MaxSubjectLength ? subject : subject[..MaxSubjectLength],
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
    }
}
