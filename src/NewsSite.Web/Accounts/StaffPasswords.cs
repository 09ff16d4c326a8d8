using Microsoft.AspNetCore.Identity;
using NewsSite.Web.Audit;
using NewsSite.Web.Data;
using NewsSite.Web.Email;

namespace NewsSite.Web.Accounts;

/// <summary>Password reset by email, and choosing a first password from an invitation.</summary>
public sealed partial class StaffPasswords(
    UserManager<StaffUser> users, StaffEmails emails, StaffLinks links, AuditLog audit, NewsDbContext db, ILogger<StaffPasswords> logger)
{
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(2);

    /// <summary>
    /// Sends a reset link when the address belongs to an account. The caller shows the same
    /// answer either way, so the form does not tell who has an account.
    /// </summary>
    public async Task RequestResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            return;
        }
        var link = links.To(StaffLinks.ResetPasswordPath, user.Email!, await users.GeneratePasswordResetTokenAsync(user));
        if (link is null)
        {
            LogNoPublicAddress(logger);
            return;
        }
        await emails.QueuePasswordResetAsync(user, link, ResetLinkLifetime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.PasswordResetRequested, EmailAddressMask.Mask(user.Email!), user, cancellationToken);
    }

    /// <summary>Sets a new password from a reset link; a used or expired link fails. A successful reset also lifts a lockout.</summary>
    public Task<IReadOnlyList<string>> ResetAsync(string email, string token, string password, CancellationToken cancellationToken) =>
        SetPasswordAsync(email, user => users.ResetPasswordAsync(user, token, password), cancellationToken);

    /// <summary>Sets the first password of an invited account; the invitation link works once.</summary>
    public Task<IReadOnlyList<string>> AcceptInvitationAsync(string email, string token, string password, CancellationToken cancellationToken) =>
        SetPasswordAsync(email, async user =>
        {
            if (await users.HasPasswordAsync(user)
                || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
            {
                return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = ExpiredLink });
            }
            return await users.AddPasswordAsync(user, password);
        }, cancellationToken);

    public const string ExpiredLink = "This link has expired or has already been used.";

    private async Task<IReadOnlyList<string>> SetPasswordAsync(string email, Func<StaffUser, Task<IdentityResult>> setPassword, CancellationToken cancellationToken)
    {
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            return [ExpiredLink];
        }
        var result = await setPassword(user);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.Code == "InvalidToken" ? ExpiredLink : e.Description).Distinct().ToList();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // A new security stamp makes every link issued before this one useless.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, EmailAddressMask.Mask(user.Email!), user, cancellationToken);
        return [];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A password reset was asked for, but no link can be sent: set Site:PublicBaseUrl.")]
    private static partial void LogNoPublicAddress(ILogger logger);
}
