using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsSite.Web.Accounts.Audit;
using NewsSite.Web.Email;

namespace NewsSite.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
}

/// <summary>
/// Password sign-in for staff, with lockout after repeated failures and an audit entry for every
/// attempt. Addresses appear in the audit log masked.
/// </summary>
public sealed class StaffSignIn(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIns, IPasswordHasher<StaffUser> hasher, AuditLog audit, IOptions<AccountOptions> options)
{
    private static readonly StaffUser Nobody = new() { DisplayName = "" };
    private static string? s_nobodysHash;

    public int LockoutMinutes => (int)options.Value.LockoutDuration.TotalMinutes;

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var subject = EmailAddressMask.Mask(email);
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            // As much work as checking a real password, so the time taken does not tell which addresses have an account.
            s_nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, s_nobodysHash, password);
            await audit.RecordAsync(AuditAction.SignInFailed, subject, actor: null, cancellationToken);
            return SignInOutcome.Failed;
        }
        var result = await signIns.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result.Succeeded ? SignInOutcome.SignedIn : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
        var action = outcome switch
        {
            SignInOutcome.SignedIn => AuditAction.SignedIn,
            SignInOutcome.LockedOut => AuditAction.LockedOut,
            _ => AuditAction.SignInFailed,
        };
        await audit.RecordAsync(action, subject, user, cancellationToken);
        return outcome;
    }

    public async Task SignOutAsync(StaffUser? user, CancellationToken cancellationToken)
    {
        await signIns.SignOutAsync();
        if (user is not null)
        {
            await audit.RecordAsync(AuditAction.SignedOut, EmailAddressMask.Mask(user.Email ?? ""), user, cancellationToken);
        }
    }
}
