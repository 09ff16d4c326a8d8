using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;
using OtpNet;

namespace NewsSite.Tests.Accounts.TwoFactor;

public class TwoFactorTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Editor_turns_on_two_factor_then_sign_in_asks_for_the_apps_code()
    {
        var (browser, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var key = await KeyShownAsync(browser);
        var enabled = await Html.ParseAsync(await browser.PostFormAsync("/admin/account/two-factor?handler=Enable", new() { ["Code"] = CodeFor(key) }));
        var later = site.Factory.CreateBrowser();
        var password = await later.SignInAsync(email);
        var beforeCode = await later.GetAsync("/admin");
        var code = await later.PostFormAsync(password.Headers.Location!.OriginalString, new() { ["Code"] = CodeFor(key) });

        Assert.Equal(10, enabled.QuerySelectorAll(".recovery-codes li").Length);
        Assert.StartsWith("/admin/sign-in/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.StartsWith("/admin/sign-in", beforeCode.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("/admin", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/admin")).StatusCode);
        await using var scope = site.Factory.OpenDatabase();
        var userId = await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(e => e.ActorId == userId && e.Action == AuditAction.TwoFactorEnabled));
    }

    [Fact]
    public async Task Recovery_code_signs_in_once_and_a_wrong_code_is_refused()
    {
        var (browser, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var key = await KeyShownAsync(browser);
        var enabled = await Html.ParseAsync(await browser.PostFormAsync("/admin/account/two-factor?handler=Enable", new() { ["Code"] = CodeFor(key) }));
        var recovery = enabled.QuerySelector(".recovery-codes code")!.TextContent;

        var wrong = await SecondStepAsync(email, "000000");
        var first = await SecondStepAsync(email, recovery);
        var again = await SecondStepAsync(email, recovery);

        Assert.Equal("That code is not right, or it has expired. Codes change every 30 seconds.", (await Html.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_when_turning_it_on_leaves_two_factor_off()
    {
        var (browser, email) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        await KeyShownAsync(browser);

        var page = await Html.ParseAsync(await browser.PostFormAsync("/admin/account/two-factor?handler=Enable", new() { ["Code"] = "123 456" }));

        Assert.StartsWith("That code is not right.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await site.Factory.CreateBrowser().SignInAsync(email)).StatusCode);
        Assert.Equal("/admin", (await site.Factory.CreateBrowser().SignInAsync(email)).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData(" 123 456 ", true)]
    [InlineData("123-456", true)]
    [InlineData("12345", false)]
    [InlineData("1A2B3-C4D56", false)]
    [InlineData("KX7P2-9QRTM", false)]
    public void A_code_is_the_apps_only_when_it_is_six_digits_and_separators(string code, bool fromTheApp) =>
        Assert.Equal(fromTheApp, Web.Accounts.TwoFactor.StaffTwoFactor.IsAuthenticatorCode(code));

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string code)
    {
        var browser = site.Factory.CreateBrowser();
        var password = await browser.SignInAsync(email);
        return await browser.PostFormAsync(password.Headers.Location!.OriginalString, new() { ["Code"] = code });
    }

    private static async Task<string> KeyShownAsync(HttpClient browser)
    {
        var page = await Html.ParseAsync(await browser.GetAsync("/admin/account/two-factor"));
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("main img")!.GetAttribute("src"), StringComparison.Ordinal);
        return page.QuerySelector(".authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    private static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
}
