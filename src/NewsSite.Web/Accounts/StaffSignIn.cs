using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsSite.Web.Audit;
using NewsSite.Web.Email;

namespace NewsSite.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    /// <summary>The password was right; the account also asks for an authenticator or recovery code.</summary>
    NeedsSecondFactor,
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

    public string LockedOutMessage =>
        $"This account is locked after too many failed sign-ins. Try again in {(int)options.Value.LockoutDuration.TotalMinutes} minutes, or reset the password.";

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            // As much work as checking a real password, so the time taken does not tell which addresses have an account.
            s_nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, s_nobodysHash, password);
            await audit.RecordAsync(AuditAction.SignInFailed, EmailAddressMask.Mask(email), actor: null, cancellationToken);
            return SignInOutcome.Failed;
        }
        var result = await signIns.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.NeedsSecondFactor;
        }
        return await AuditedAsync(result, user, cancellationToken);
    }

    /// <summary>
    /// The second step for accounts with two-factor sign-in: a 6-digit code from the authenticator
    /// app, or one of the recovery codes. Wrong codes count towards the lockout like wrong passwords.
    /// </summary>
    public async Task<SignInOutcome> SecondFactorAsync(string code, CancellationToken cancellationToken)
    {
        var user = await signIns.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }
        var result = TwoFactor.StaffTwoFactor.IsAuthenticatorCode(code)
            ? await signIns.TwoFactorAuthenticatorSignInAsync(TwoFactor.StaffTwoFactor.Digits(code), isPersistent: false, rememberClient: false)
            : await signIns.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        return await AuditedAsync(result, user, cancellationToken);
    }

    private async Task<SignInOutcome> AuditedAsync(SignInResult result, StaffUser user, CancellationToken cancellationToken)
    {
        var (outcome, action) = result.Succeeded ? (SignInOutcome.SignedIn, AuditAction.SignedIn)
            : result.IsLockedOut ? (SignInOutcome.LockedOut, AuditAction.LockedOut)
            : (SignInOutcome.Failed, AuditAction.SignInFailed);
        await audit.RecordAsync(action, EmailAddressMask.Mask(user.Email ?? ""), user, cancellationToken);
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
