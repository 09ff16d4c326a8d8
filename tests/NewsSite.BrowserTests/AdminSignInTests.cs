using Microsoft.Playwright;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;

namespace NewsSite.BrowserTests;

public class AdminSignInTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_signs_in_from_the_admin_address_and_signs_out_from_the_header()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Editor);
        var page = await site.NewPageAsync();

        await page.GotoAsync("/admin");
        await page.SignInAsync(email);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Signed in as Test Editor (Editor)");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_so()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync($"wrong guess number {attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This account is locked after too many failed sign-ins.");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This account is locked");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }
}
