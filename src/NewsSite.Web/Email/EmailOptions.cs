using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Email;

/// <summary>Email settings (configuration section <c>Email</c>), validated when the site starts.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "newsroom@localhost";

    [Required]
    public string FromName { get; set; } = "NewsSite";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// When set, messages are written as .eml files to this folder (relative to the content root)
    /// instead of being sent. Development uses it when no SMTP host is configured.
    /// </summary>
    public string? PickupDirectory { get; set; }

    public OutboxOptions Outbox { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>How the SMTP connection is secured. TLS is the default; <see cref="None"/> is for local mail catchers only.</summary>
public enum SmtpTlsMode
{
    /// <summary>Upgrade with STARTTLS and refuse to continue without it (port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    Implicit,
    /// <summary>Plain text: only for a mail catcher on the same machine or network, such as Mailpit.</summary>
    None,
}

public sealed class OutboxOptions
{
    /// <summary>How often the outbox worker looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed attempts a message is marked failed (and kept) instead of retried again.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>The first retry waits this long; each later one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;
}
