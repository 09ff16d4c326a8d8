using System.Globalization;
using Microsoft.AspNetCore.Identity;
using NewsSite.Web.Audit;
using NewsSite.Web.Email;
using NewsSite.Web.SiteSettings;
using QRCoder;

namespace NewsSite.Web.Accounts.TwoFactor;

/// <summary>What an authenticator app needs: the shared key, spaced for reading, and a QR code of it.</summary>
public sealed record AuthenticatorSetup(string Key, string QrCodeDataUrl);

/// <summary>Optional TOTP two-factor sign-in (any authenticator app), with one-time recovery codes.</summary>
public sealed class StaffTwoFactor(UserManager<StaffUser> users, AuditLog audit, SiteSettingsCache siteSettings)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorSetup> BeginSetupAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var issuer = (await siteSettings.GetAsync()).Settings.SiteName;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(Spaced(key), "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>Turns two-factor sign-in on once the app shows a right code; returns the recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(StaffUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            return null;
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(AuditAction.TwoFactorEnabled, EmailAddressMask.Mask(user.Email!), user, cancellationToken);
        return codes?.ToList() ?? [];
    }

    /// <summary>Turns it off and forgets the key, so turning it on again needs a fresh setup.</summary>
    public async Task DisableAsync(StaffUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(AuditAction.TwoFactorDisabled, EmailAddressMask.Mask(user.Email!), user, cancellationToken);
    }

    /// <summary>People type codes with spaces or dashes, as apps display them.</summary>
    public static string Digits(string code) => new((code ?? "").Where(char.IsAsciiDigit).ToArray());

    /// <summary>
    /// Whether a code typed at sign-in is the app's: six digits and nothing but spaces or dashes
    /// between them. A recovery code has letters too, and some have exactly six digits among them.
    /// </summary>
    public static bool IsAuthenticatorCode(string code) =>
        Digits(code).Length == 6 && (code ?? "").All(c => char.IsAsciiDigit(c) || c is ' ' or '-');

    private static string Spaced(string key) =>
        string.Join(' ', key.ToLower(CultureInfo.InvariantCulture).Chunk(4).Select(chunk => new string(chunk)));
}
