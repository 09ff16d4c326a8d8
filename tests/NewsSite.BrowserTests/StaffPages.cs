using Microsoft.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

/// <summary>Browser steps the admin area's tests share.</summary>
public static class StaffPages
{
    /// <summary>A new browser page with a member of staff signed in through the form, as a person would.</summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserFixture site, string email)
    {
        ArgumentNullException.ThrowIfNull(site);
        var page = await site.NewPageAsync();
        await page.GotoAsync(AdminPaths.SignIn);
        await page.SignInAsync(email);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        return page;
    }

    /// <summary>Fills in and submits the sign-in form the page shows.</summary>
    public static async Task SignInAsync(this IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
