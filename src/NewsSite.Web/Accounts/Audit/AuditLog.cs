using NewsSite.Web.Data;

namespace NewsSite.Web.Accounts.Audit;

/// <summary>Writes the audit log: who did what, when, and from which address.</summary>
public sealed class AuditLog(NewsDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public const int MaxSubjectLength = 300;

    /// <summary>Adds an entry and saves it at once, so it is kept even when the action itself then fails.</summary>
    public async Task RecordAsync(AuditAction action, string subject, StaffUser? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Action = action,
            ActorId = actor?.Id,
            ActorName = actor?.DisplayName ?? "",
            Subject = subject.Length <= MaxSubjectLength ? subject : subject[..MaxSubjectLength],
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
