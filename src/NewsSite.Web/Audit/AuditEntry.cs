namespace NewsSite.Web.Audit;

/// <summary>
/// One thing someone did in the admin area, or tried to. Rows are only ever added: the database
/// refuses to change or delete them (see the migration that creates the table).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>
    /// The member of staff who acted or, for a failed or locked-out sign-in, whose account was
    /// tried; empty when a sign-in named an address that has no account.
    /// </summary>
    public string? ActorId { get; set; }

    /// <summary>The actor's display name at the time, so the log reads well after an account is gone.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>What the action was about: an article, an account (email addresses masked), a setting.</summary>
    public string Subject { get; set; } = "";

    public string? IpAddress { get; set; }
}

/// <summary>The kinds of action the audit log records.</summary>
public enum AuditAction
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    Published,
    Withdrawn,
    Deleted,
    RoleChanged,
    SettingsChanged,
    Invited,
    PasswordResetRequested,
    PasswordChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    SubscribersExported,
    SubscribersImported,
}
