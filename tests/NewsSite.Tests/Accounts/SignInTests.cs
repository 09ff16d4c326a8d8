using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsSite.TestSupport;
using NewsSite.Web.Accounts;
using NewsSite.Web.Audit;

namespace NewsSite.Tests.Accounts;

public class SignInTests(NewsSiteFixture site) : IClassFixture<NewsSiteFixture>
{
    [Fact]
    public async Task Visitor_to_the_admin_area_is_sent_to_sign_in_and_comes_back_after()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();

        var visit = await browser.GetAsync("/admin/audit");
        var signIn = await browser.PostAsync(
            visit.Headers.Location!.PathAndQuery,
            new FormUrlEncodedContent(await FormFieldsAsync(browser, visit.Headers.Location!.PathAndQuery, email, StaffAccounts.Password)));

        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/admin/sign-in?ReturnUrl=%2Fadmin%2Faudit", visit.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin/audit", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Staff_member_signs_in_sees_the_dashboard_and_signs_out()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Editor);
        var browser = site.Factory.CreateBrowser();

        var signIn = await browser.SignInAsync(email);
        var dashboardResponse = await browser.GetAsync("/admin");
        var dashboard = await Html.ParseAsync(dashboardResponse);
        // The header's sign-out button, as on every admin page.
        var headerForm = dashboard.QuerySelector("header form")!;
        var signOut = await browser.PostAsync(headerForm.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = headerForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        var afterwards = await browser.GetAsync("/admin");

        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("newssite.staff=", StringComparison.Ordinal));
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Signed in as Test Editor (Editor)", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(dashboardResponse.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/admin/sign-in", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var audit = await AuditFor(email);
        Assert.Equal([AuditAction.SignedIn, AuditAction.SignedOut], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(NewsSite.Web.Email.EmailAddressMask.Mask(email), e.Subject));
    }

    [Fact]
    public async Task Wrong_password_or_unknown_address_gets_the_same_message_and_is_audited()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();

        var wrongPassword = await Html.ParseAsync(await browser.SignInAsync(email, "not the password at all"));
        var unknown = await Html.ParseAsync(await browser.SignInAsync($"nobody-{Guid.NewGuid():N}@newsroom.test"));

        Assert.Equal("The email address or password is wrong.", wrongPassword.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("The email address or password is wrong.", unknown.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal([AuditAction.SignInFailed], (await AuditFor(email)).Select(e => e.Action));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            await browser.SignInAsync(email, "guess " + attempt);
        }
        var fifth = await Html.ParseAsync(await browser.SignInAsync(email, "guess 5"));
        var rightPassword = await browser.SignInAsync(email);

        Assert.StartsWith("This account is locked", fifth.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.StartsWith("This account is locked", (await Html.ParseAsync(rightPassword)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);
        var actions = (await AuditFor(email)).Select(e => e.Action).ToList();
        Assert.Equal([.. Enumerable.Repeat(AuditAction.SignInFailed, 4), AuditAction.LockedOut, AuditAction.LockedOut], actions);
    }

    [Fact]
    public async Task Sign_in_without_the_forms_antiforgery_token_is_refused_and_changes_nothing()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Admin);
        var browser = site.Factory.CreateBrowser();

        var forged = await browser.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = StaffAccounts.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.Contains("Set-Cookie") && forged.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("newssite.staff=", StringComparison.Ordinal)));
        Assert.Empty(await AuditFor(email));
    }

    [Fact]
    public async Task Author_is_refused_the_admins_audit_log_that_an_admin_can_read()
    {
        var (author, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Author);
        var (admin, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Admin);

        var refused = await author.GetAsync("/admin/audit");
        var deniedPage = await author.GetAsync(refused.Headers.Location!.PathAndQuery);
        var allowed = await admin.GetAsync("/admin/audit");

        Assert.StartsWith("/admin/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.NotNull((await Html.ParseAsync(allowed)).QuerySelector("table.admin-table"));
    }

    [Fact]
    public async Task Public_pages_stay_cookie_free_for_a_signed_in_editor()
    {
        var (browser, _) = await site.Factory.SignedInStaffAsync(StaffRoles.Editor);

        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_more_rounds_than_the_frameworks_default()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        await using var scope = site.Factory.OpenDatabase();
        var hash = Convert.FromBase64String((await scope.Db.Users.SingleAsync(u => u.Email == email)).PasswordHash!);

        // Identity's v3 format: marker 0x01, PRF, iteration count, salt length, salt, subkey (integers big-endian).
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(new AccountOptions().PasswordHashIterations, iterations);
        Assert.True(iterations > new PasswordHasherOptions().IterationCount);
    }

    [Fact]
    public async Task Audit_log_rows_cannot_be_changed_or_deleted_even_with_sql()
    {
        await site.Factory.CreateBrowser().SignInAsync(await site.Factory.AddStaffAsync(StaffRoles.Author), "wrong password here");
        await using var scope = site.Factory.OpenDatabase();

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => scope.Db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET subject = 'tampered'"));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => scope.Db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
        var truncate = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => scope.Db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries"));

        Assert.All([update, delete, truncate], e => Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal));
        Assert.NotEqual(0, await scope.Db.AuditEntries.CountAsync());
    }

    private static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient browser, string path, string email, string password)
    {
        var form = await Html.ParseAsync(await browser.GetAsync(path));
        return new()
        {
            ["Email"] = email,
            ["Password"] = password,
            ["returnUrl"] = form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
    }

    private async Task<List<AuditEntry>> AuditFor(string email)
    {
        await using var scope = site.Factory.OpenDatabase();
        var userId = await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await scope.Db.AuditEntries.Where(e => e.ActorId == userId).OrderBy(e => e.Id).ToListAsync();
    }
}

/// <summary>Its own site, with a low limit, so other tests' attempts do not count against it.</summary>
public class SignInRateLimitTests(SignInRateLimitTests.LowLimitFixture site) : IClassFixture<SignInRateLimitTests.LowLimitFixture>
{
    public sealed class LowLimitFixture : NewsSiteFixture
    {
        protected override void Configure(NewsSiteFactory factory) => factory.Settings["Accounts:SignInAttemptsPerMinute"] = "3";
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_are_refused_for_a_minute_but_the_form_still_shows()
    {
        var email = await site.Factory.AddStaffAsync(StaffRoles.Author);
        var browser = site.Factory.CreateBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await browser.SignInAsync(email, "guess " + attempt)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/sign-in")).StatusCode);
    }
}
