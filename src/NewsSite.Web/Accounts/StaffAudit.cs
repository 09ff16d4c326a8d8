using NewsSite.Web.Audit;

namespace NewsSite.Web.Accounts;

public static class StaffAudit
{
    /// <summary>Records what a member of staff did (or, with no account, what was tried), under their name at the time.</summary>
    public static Task RecordAsync(this AuditLog audit, AuditAction action, string subject, StaffUser? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.RecordAsync(action, subject, actor?.Id, actor?.DisplayName ?? "", cancellationToken);
    }
}
