namespace NewsSite.Web.Accounts;

/// <summary>Configuration section <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// PBKDF2 (HMAC-SHA512) rounds for stored passwords. OWASP recommends 210,000 for this hash;
    /// ASP.NET Core Identity's default is 100,000. Each sign-in costs the server this much work,
    /// which is also why sign-in is rate limited.
    /// </summary>
    public int PasswordHashIterations { get; set; } = 210_000;

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts one address may make per minute, whichever accounts they name.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>The first Admin, created on a start that finds no staff at all.</summary>
    public FirstAdminOptions FirstAdmin { get; set; } = new();
}

public sealed class FirstAdminOptions
{
    public string Email { get; set; } = "";

    /// <summary>Leave empty in Development to have one generated and printed once.</summary>
    public string Password { get; set; } = "";

    public string DisplayName { get; set; } = "Administrator";
}
