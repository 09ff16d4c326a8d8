using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSite.Web.Accounts;

namespace NewsSite.TestSupport;

/// <summary>Staff accounts for tests, and a browser-like client that signs in through the real form.</summary>
public static class StaffAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates a member of staff with <see cref="Password"/> and returns their email address.</summary>
    public static async Task<string> AddStaffAsync(this NewsSiteFactory factory, string role, string? email = null, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test";
        await using var scope = factory.OpenDatabase();
        var users = scope.Get<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? $"Test {role}", CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return email;
    }

    /// <summary>A new member of staff in <paramref name="role"/>, already signed in through the form.</summary>
    public static async Task<(HttpClient Browser, string Email)> SignedInStaffAsync(this NewsSiteFactory factory, string role)
    {
        var email = await factory.AddStaffAsync(role);
        var browser = factory.CreateBrowser();
        await browser.SignInAsync(email);
        return (browser, email);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where each step leads.</summary>
    public static HttpClient CreateBrowser(this NewsSiteFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>Fills in and submits the sign-in form as a person would, antiforgery token included.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return await browser.PostFormAsync(AdminPaths.SignIn, new() { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Loads <paramref name="path"/>, takes the antiforgery token from its form, and posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(fields);
        var form = await Html.ParseAsync(await browser.GetAsync(path));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = token;
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
